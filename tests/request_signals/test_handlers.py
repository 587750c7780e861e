"""What sender, environ and scope are under each handler; when request_finished fires."""

import asyncio
import io
from wsgiref.util import setup_testing_defaults

import pytest
from django.core.handlers.asgi import ASGIHandler
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started

from request_signals import handlers

pytestmark = [pytest.mark.urls("request_signals.views"), pytest.mark.django_db]


@pytest.fixture
def described(connect):
    """Connect describe_request; collect what it returned for each request."""
    seen = []

    def collect(sender, **kwargs):
        seen.append(handlers.describe_request(sender, **kwargs))

    connect(request_started, collect)
    return seen


def test_connect_and_disconnect_are_idempotent():
    before = len(request_started.receivers)
    handlers.connect()
    handlers.connect()
    try:
        assert len(request_started.receivers) == before + 1
        replies = request_started.send(sender=WSGIHandler, environ={"PATH_INFO": "/x"})
        assert (handlers.describe_request, {"handler": "WSGIHandler", "interface": "WSGI", "path": "/x"}) in replies
    finally:
        handlers.disconnect()
    assert len(request_started.receivers) == before


def test_a_wsgi_server_sends_the_wsgi_handler_class_and_environ(described):
    environ = {"PATH_INFO": "/"}
    setup_testing_defaults(environ)
    response = WSGIHandler()(environ, lambda status, headers: None)
    response.close()  # a WSGI server closes the response: that sends request_finished
    assert described == [{"handler": "WSGIHandler", "interface": "WSGI", "path": "/"}]


def test_an_asgi_server_sends_the_asgi_handler_class_and_scope(described, connect):
    scope = {"type": "http", "method": "GET", "path": "/", "query_string": b"", "headers": [(b"host", b"testserver")]}
    messages = [{"type": "http.request", "body": b"", "more_body": False}]
    sent = []

    async def receive():
        return messages.pop(0) if messages else await asyncio.Event().wait()

    async def send(message):
        sent.append(message)

    finished = []

    def note(sender, **kwargs):
        finished.append(sender)

    connect(request_finished, note)
    asyncio.run(ASGIHandler()(scope, receive, send))
    assert finished == [ASGIHandler]
    assert described == [{"handler": "ASGIHandler", "interface": "ASGI", "path": "/"}]
    assert sent[0]["status"] == 200


def test_the_test_clients_send_their_own_handler_classes(described, client):
    client.get("/")
    assert described == [{"handler": "ClientHandler", "interface": "WSGI", "path": "/"}]


async def test_the_async_test_client_sends_scope(described, async_client):
    await async_client.get("/")
    assert described == [{"handler": "AsyncClientHandler", "interface": "ASGI", "path": "/"}]


def test_request_finished_waits_for_a_streaming_response_to_be_consumed(client, connect):
    finished = []

    def note(sender, **kwargs):
        finished.append(sender)

    connect(request_finished, note)
    response = client.get("/report.csv")
    assert finished == []  # the view has returned, but the body is still streaming
    assert b"".join(response.streaming_content) == b"first,second"
    assert finished == [None]  # the test client sends request_finished with sender=None


def test_request_finished_fires_on_close_for_ordinary_responses(connect):
    finished = []

    def note(sender, **kwargs):
        finished.append(sender)

    connect(request_finished, note)
    environ = {"PATH_INFO": "/", "wsgi.input": io.BytesIO()}
    setup_testing_defaults(environ)
    response = WSGIHandler()(environ, lambda status, headers: None)
    assert finished == []
    response.close()
    assert finished == [WSGIHandler]
