"""The rules of the signal API (django.dispatch), one test each, as docs/reference/signal-api.md states them.

Every test uses a fresh Signal(), so nothing it connects can leak.
"""

import asyncio
import gc
import logging

import pytest
from django.dispatch import Signal, receiver
from django.test import override_settings

from tests.utils import django_before, django_from

DJANGO_61 = django_from("6.1", reason="asend() runs async receivers in an asyncio.TaskGroup")
BEFORE_61 = django_before("6.1", reason="asend() runs async receivers with asyncio.gather()")
SENDER_WEAK = django_from("6.0", reason="connect() holds the sender weakly")
SENDER_STRONG = django_before("6.0", reason="connect() keeps only the sender's id()")


def ok(sender, **kwargs):
    return "ok"


def fails(sender, **kwargs):
    raise ValueError("fails")


async def aok(sender, **kwargs):
    return "aok"


class Sender:
    pass


# --- Signal() -------------------------------------------------------------------


def test_signal_takes_only_use_caching():
    with pytest.raises(TypeError):
        Signal(providing_args=["order"])  # removed in Django 4.0
    assert Signal().use_caching is False


def test_use_caching_needs_weak_referenceable_senders_once_a_receiver_is_connected():
    signal = Signal(use_caching=True)
    assert signal.send(sender=None) == []  # no receiver: send() returns before the cache
    signal.connect(ok)
    with pytest.raises(TypeError, match="weak reference"):
        signal.send(sender=None)
    assert signal.send(sender=Sender) == [(ok, "ok")]


# --- connect() ------------------------------------------------------------------


def test_connect_returns_none_and_connects_a_receiver_once():
    signal = Signal()
    assert signal.connect(ok) is None
    signal.connect(ok)
    assert signal.send(sender=None) == [(ok, "ok")]


@override_settings(DEBUG=True)
def test_with_debug_connect_checks_callable_and_kwargs():
    signal = Signal()
    with pytest.raises(TypeError, match="must be callable"):
        signal.connect("not callable")
    with pytest.raises(ValueError, match=r"must accept keyword arguments \(\*\*kwargs\)"):
        signal.connect(lambda sender: None)


@override_settings(DEBUG=False)
def test_without_debug_a_bad_receiver_fails_only_at_send():
    signal = Signal()
    signal.connect(lambda sender: None, weak=False)
    with pytest.raises(TypeError, match="unexpected keyword argument 'signal'"):
        signal.send(sender=None)


def test_weak_receivers_go_with_their_last_reference():
    signal = Signal()

    def local(sender, **kwargs):
        return "local"

    signal.connect(local)
    del local
    gc.collect()
    assert signal.send(sender=None) == []


def test_bound_methods_are_held_with_weak_method():
    signal = Signal()

    class Counter:
        def count(self, sender, **kwargs):
            return "counted"

    counter = Counter()
    signal.connect(counter.count)  # a WeakMethod: the temporary bound method may die
    assert signal.send(sender=None) == [(counter.count, "counted")]
    del counter
    gc.collect()
    assert signal.send(sender=None) == []


class Slotted:
    __slots__ = ()  # no __weakref__ slot: instances cannot be weakly referenced

    def __call__(self, sender, **kwargs):
        return "called"


def test_a_receiver_that_cannot_be_weakly_referenced_needs_weak_false():
    signal = Signal()
    with pytest.raises(TypeError, match="weak reference"):
        signal.connect(Slotted())
    signal.connect(Slotted(), weak=False)
    assert signal.send(sender=None)[0][1] == "called"


def test_the_sender_is_matched_by_identity_and_none_means_any():
    signal = Signal()
    signal.connect(ok, sender=Sender)
    signal.connect(aok)
    assert [r for r, _ in signal.send(sender=Sender)] == [ok, aok]
    assert [r for r, _ in signal.send(sender=object())] == [aok]


def receivers_after_their_sender_dies() -> int:
    """Connect a receiver for a class, let the class be collected, connect another: how many remain."""
    signal = Signal()
    sender = type("Temporary", (), {})
    signal.connect(ok, sender=sender, weak=False)
    del sender
    gc.collect()
    signal.connect(aok)  # connect() drops the entries whose references died
    return len(signal.receivers)


@SENDER_WEAK
def test_a_garbage_collected_sender_takes_its_receivers_along():
    assert receivers_after_their_sender_dies() == 1


@SENDER_STRONG
def test_before_6_0_a_dead_senders_receivers_stay():
    assert receivers_after_their_sender_dies() == 2


def test_dispatch_uid_replaces_the_receivers_identity():
    signal = Signal()
    signal.connect(ok, dispatch_uid="uid")
    signal.connect(fails, dispatch_uid="uid")  # same uid and sender: silently ignored
    signal.connect(fails, sender=Sender, dispatch_uid="uid")  # another sender: connected
    assert signal.send(sender=None) == [(ok, "ok")]
    assert len(signal.receivers) == 2


def test_dispatch_uid_may_be_any_hashable():
    signal = Signal()
    signal.connect(ok, dispatch_uid=("app", 1))
    assert signal.disconnect(dispatch_uid=("app", 1))


# --- disconnect() ---------------------------------------------------------------


def test_disconnect_returns_whether_it_removed_something():
    signal = Signal()
    signal.connect(ok, sender=Sender)
    assert signal.disconnect(ok) is False  # not with sender=None: another connection
    assert signal.disconnect(ok, sender=Sender) is True
    assert signal.disconnect(ok, sender=Sender) is False


def test_disconnect_by_dispatch_uid_needs_no_receiver():
    signal = Signal()
    signal.connect(ok, dispatch_uid="uid")
    assert signal.disconnect(ok) is False  # connected under its uid, not its identity
    assert signal.disconnect(dispatch_uid="uid") is True


# --- send() ---------------------------------------------------------------------


def test_send_returns_receiver_response_pairs_sync_first():
    signal = Signal()
    signal.connect(aok)
    signal.connect(ok)
    assert signal.send(sender=None) == [(ok, "ok"), (aok, "aok")]
    assert Signal().send(sender=None) == []


def test_send_takes_the_sender_and_keyword_arguments_only():
    signal = Signal()
    signal.connect(ok)
    with pytest.raises(TypeError):
        signal.send(None, "positional")
    with pytest.raises(TypeError):
        signal.send()
    with pytest.raises(TypeError, match="multiple values for keyword argument 'signal'"):
        signal.send(sender=None, signal="mine")


def test_send_stops_at_the_first_exception():
    signal = Signal()
    calls = []
    signal.connect(fails)
    signal.connect(lambda **kwargs: calls.append(1), weak=False)
    with pytest.raises(ValueError):
        signal.send(sender=None)
    assert calls == []


# --- send_robust() --------------------------------------------------------------


def test_send_robust_returns_exceptions_and_logs_them(caplog):
    signal = Signal()
    signal.connect(fails)
    signal.connect(ok)
    [(r1, error), (r2, response)] = signal.send_robust(sender=None)
    assert (r1, type(error), r2, response) == (fails, ValueError, ok, "ok")
    assert error.__traceback__ is not None
    [record] = caplog.records
    assert (record.name, record.levelno, record.exc_info[1]) == ("django.dispatch", logging.ERROR, error)


def test_send_robust_catches_exception_not_base_exception():
    signal = Signal()

    def interrupts(sender, **kwargs):
        raise KeyboardInterrupt

    signal.connect(interrupts)
    with pytest.raises(KeyboardInterrupt):
        signal.send_robust(sender=None)


# --- asend() and asend_robust() ---------------------------------------------------


async def test_asend_is_a_coroutine_that_returns_pairs():
    signal = Signal()
    signal.connect(aok)
    signal.connect(ok)
    sending = signal.asend(sender=None)
    assert asyncio.iscoroutine(sending)
    assert await sending == [(ok, "ok"), (aok, "aok")]


async def test_asend_raises_a_receivers_exception():
    signal = Signal()
    signal.connect(fails)
    with pytest.raises(ValueError):
        await signal.asend(sender=None)


async def afails(sender, **kwargs):
    raise ValueError("afails")


async def afails_too(sender, **kwargs):
    raise KeyError("afails_too")


@DJANGO_61
async def test_from_6_1_two_failing_async_receivers_raise_an_exception_group():
    signal = Signal()
    signal.connect(afails)
    signal.connect(afails_too)
    with pytest.raises(ExceptionGroup) as raised:
        await signal.asend(sender=None)
    assert {type(e) for e in raised.value.exceptions} == {ValueError, KeyError}


@BEFORE_61
async def test_before_6_1_the_first_failure_is_raised():
    signal = Signal()
    signal.connect(afails)
    signal.connect(afails_too)
    with pytest.raises(ValueError):
        await signal.asend(sender=None)


async def test_asend_robust_returns_exceptions_of_sync_and_async_receivers(caplog):
    signal = Signal()
    signal.connect(fails)
    signal.connect(afails)
    [(_, sync_error), (_, async_error)] = await signal.asend_robust(sender=None)
    assert (type(sync_error), type(async_error)) == (ValueError, ValueError)
    assert len(caplog.records) == 2


# --- has_listeners() -------------------------------------------------------------


def test_has_listeners_without_a_sender_sees_only_receivers_for_any_sender():
    signal = Signal()
    signal.connect(ok, sender=Sender)
    assert signal.has_listeners(Sender)
    assert not signal.has_listeners()  # sender=None asks about receivers for any sender
    signal.connect(aok)
    assert signal.has_listeners() and signal.has_listeners(object())


# --- @receiver ------------------------------------------------------------------


def test_receiver_connects_to_each_signal_and_returns_the_function():
    first, second = Signal(), Signal()

    def handler(sender, **kwargs):
        return "handled"

    decorated = receiver([first, second], sender=Sender, weak=False, dispatch_uid="handler")(handler)
    assert decorated is handler
    assert first.send(sender=Sender) == second.send(sender=Sender) == [(handler, "handled")]
    assert first.send(sender=None) == []
    assert first.disconnect(sender=Sender, dispatch_uid="handler")
