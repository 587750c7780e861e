"""The views the request-signal tests call, called directly."""

import pytest
from django.test import RequestFactory

from request_signals import views


def test_report_streams_two_chunks():
    response = views.report(RequestFactory().get("/report.csv"))
    assert response.streaming
    assert b"".join(response.streaming_content) == b"first,second"
    assert response["Content-Type"] == "text/csv"


def test_hello_says_hello():
    assert views.hello(RequestFactory().get("/")).content == b"hello"


def test_broken_raises():
    with pytest.raises(ZeroDivisionError, match="^the view failed$"):
        views.broken(RequestFactory().get("/broken/"))
