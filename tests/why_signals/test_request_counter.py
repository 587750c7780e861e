"""The request counter counts each request once, under WSGI and under ASGI."""

import pytest
from django.core.signals import request_started

from why_signals import request_counter

# Sending request_started runs Django's close_old_connections receiver, which
# checks any database connection an earlier test left open: allow that access.
pytestmark = pytest.mark.django_db


def test_counts_each_wsgi_request_once(client):
    before = request_counter.request_count
    client.get("/")
    client.get("/")
    assert request_counter.request_count == before + 2


async def test_counts_asgi_requests_too(async_client):
    # ASGI sends request_started with scope=..., not environ=...: the notes'
    # receiver (which required environ) would raise TypeError here.
    before = request_counter.request_count
    await async_client.get("/")
    assert request_counter.request_count == before + 1


def test_connected_once_even_if_connected_again():
    # dispatch_uid makes a second connect() of the same receiver a no-op.
    request_started.connect(request_counter.count_request, dispatch_uid="why_signals.count_request")
    before = request_counter.request_count
    request_started.send(sender=None, environ={})
    assert request_counter.request_count == before + 1


@pytest.mark.parametrize("kwargs", [{"environ": {}}, {"scope": {}}])
def test_receiver_accepts_either_handler(kwargs):
    before = request_counter.request_count
    request_started.send(sender=None, **kwargs)
    assert request_counter.request_count == before + 1
