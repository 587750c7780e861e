"""The request/response signals, sent by Django's WSGI and ASGI handlers and the test clients."""

import asyncio
from wsgiref.util import setup_testing_defaults

import pytest
from django.core import signals
from django.core.handlers.asgi import ASGIHandler
from django.core.handlers.wsgi import WSGIHandler
from django.test.client import AsyncClientHandler, ClientHandler

from reference import request_receivers as r


@pytest.fixture(autouse=True)
def reference_urls(settings):
    settings.ROOT_URLCONF = "reference.urls"


@pytest.fixture
def log_requests(connect):
    connect(signals.request_started, r.log_request_started)
    connect(signals.request_finished, r.log_request_finished)


def test_wsgi_handler_sends_environ(db, log_requests, spy, logged):
    started, finished = spy(signals.request_started), spy(signals.request_finished)
    environ = {"PATH_INFO": "/"}
    setup_testing_defaults(environ)
    response = WSGIHandler()(environ, lambda status, headers: None)
    assert logged("request_finished") == []  # not until the server closes the response
    response.close()
    assert logged("request_started") == [(WSGIHandler, "/")]
    assert logged("request_finished") == [(WSGIHandler,)]
    assert set(started[0]) == {"signal", "sender", "environ"} and started[0]["environ"] is environ
    assert set(finished[0]) == {"signal", "sender"}  # only request_started carries environ


async def test_asgi_handler_sends_scope(log_requests, spy, logged):
    started, finished = spy(signals.request_started), spy(signals.request_finished)
    scope = {"type": "http", "method": "GET", "path": "/", "query_string": b"", "headers": [(b"host", b"localhost")]}
    messages = [{"type": "http.request", "body": b"", "more_body": False}]
    sent = []

    async def receive():
        if messages:
            return messages.pop()
        await asyncio.Event().wait()  # the client never disconnects

    async def send(message):
        sent.append(message)

    await ASGIHandler()(scope, receive, send)
    assert sent[-1]["body"] == b"ok"
    assert logged("request_started") == [(ASGIHandler, "/")]
    assert logged("request_finished") == [(ASGIHandler,)]
    assert set(started[0]) == {"signal", "sender", "scope"} and started[0]["scope"] is scope
    assert set(finished[0]) == {"signal", "sender"}  # only request_started carries scope


def test_the_test_client_sends_its_own_handler_then_none(log_requests, client, logged):
    client.get("/")
    assert logged("request_started") == [(ClientHandler, "/")]
    assert logged("request_finished") == [(None,)]


async def test_the_async_test_client_sends_scope(log_requests, async_client, logged):
    await async_client.get("/")
    assert logged("request_started") == [(AsyncClientHandler, "/")]
    assert logged("request_finished") == [(None,)]


def test_got_request_exception_carries_the_request(connect, spy, client, caplog, logged):
    connect(signals.got_request_exception, r.log_got_request_exception)
    calls = spy(signals.got_request_exception)
    client.raise_request_exception = False
    assert client.get("/broken/").status_code == 500
    assert logged("got_request_exception") == [("GET", "/broken/")]
    record = next(rec for rec in caplog.records if rec.name == "reference.request_receivers")
    assert record.exc_info[0] is RuntimeError
    assert set(calls[0]) == {"signal", "sender", "request"} and calls[0]["sender"] is None


def test_the_test_client_reraises_the_view_exception_after_the_signal(connect, spy, client):
    calls = spy(signals.got_request_exception)
    with pytest.raises(RuntimeError, match="always fails"):
        client.get("/broken/")
    assert len(calls) == 1


@pytest.mark.parametrize("path", ["/missing/", "/forbidden/"])
def test_http404_and_permission_denied_send_nothing(spy, client, path):
    calls = spy(signals.got_request_exception)
    assert client.get(path).status_code in (403, 404)
    assert calls == []
