"""got_request_exception: sender is None, the request is passed, the exception is live."""

import logging

import pytest
from django.core.signals import got_request_exception

from request_signals.exceptions import log_unhandled_exception

pytestmark = pytest.mark.urls("request_signals.views")


def test_logs_the_exception_and_the_request(client, caplog, connect):
    client.raise_request_exception = False
    connect(got_request_exception, log_unhandled_exception, dispatch_uid="test.log_unhandled")
    with caplog.at_level(logging.ERROR, logger="request_signals.exceptions"):
        response = client.get("/broken/")
    assert response.status_code == 500
    assert [r.getMessage() for r in caplog.records if r.name == "request_signals.exceptions"] == [
        "Unhandled ZeroDivisionError('the view failed') on GET /broken/"
    ]


def test_sender_is_none(connect):
    senders = []

    def note(sender, **kwargs):
        senders.append(sender)

    connect(got_request_exception, note)
    got_request_exception.send(sender=None, request=None)
    assert senders == [None]
