import inspect

import pytest

from async_signals.mixed import report_ready

EVERY_REPLY = {"write_audit_line": "audited q3", "push_to_browser": "pushed q3", "push_to_phone": "phoned q3"}


async def broken(sender, **kwargs):
    raise ConnectionError("push service down")


@pytest.fixture
def failing_receiver():
    report_ready.connect(broken)
    yield
    report_ready.disconnect(broken)


async def test_announce_collects_every_reply(answer):
    assert await answer.announce("q3") == EVERY_REPLY


def test_push_to_phone_is_async(answer):
    assert inspect.iscoroutinefunction(answer.push_to_phone)


async def test_a_failing_receiver_is_left_out(answer, failing_receiver):
    try:
        replies = await answer.announce("q3")
    except Exception as error:  # asend() on 5.2-6.0, an ExceptionGroup or the error itself on 6.1
        replies = repr(error)
    assert replies == EVERY_REPLY
