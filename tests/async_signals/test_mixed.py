"""Sync and async receivers together, with asend() and with send()."""

import asyncio
import threading

import pytest
from django.dispatch import Signal

from async_signals.mixed import push_to_browser, report_ready, write_audit_line
from tests.utils import django_before, django_from


async def test_asend_runs_both_and_returns_sync_replies_first():
    replies = await report_ready.asend(sender=None, report="sales")
    assert replies == [(write_audit_line, "audited sales"), (push_to_browser, "pushed sales")]


def test_send_runs_async_receivers_through_async_to_sync():
    replies = report_ready.send(sender=None, report="sales")
    assert replies == [(write_audit_line, "audited sales"), (push_to_browser, "pushed sales")]


async def test_send_from_async_code_is_refused_when_an_async_receiver_exists():
    # send() would need async_to_sync() inside a running event loop: use asend().
    with pytest.raises(RuntimeError, match="AsyncToSync in the same thread as an async event loop"):
        report_ready.send(sender=None, report="sales")


def record(log):
    async def slow(sender, **kwargs):
        log.append("slow starts")
        await asyncio.sleep(0.01)
        log.append("slow ends")

    async def fast(sender, **kwargs):
        log.append("fast starts")
        await asyncio.sleep(0)
        log.append("fast ends")

    def blocking(sender, **kwargs):
        log.append("sync")

    return slow, fast, blocking


async def test_async_receivers_run_concurrently():
    log, signal = [], Signal()
    slow, fast, _ = record(log)
    signal.connect(slow)
    signal.connect(fast)
    await signal.asend(sender=None)
    assert log == ["slow starts", "fast starts", "fast ends", "slow ends"]


@django_from("6.1", reason="asend() runs the sync receivers before starting the async ones")
async def test_django_6_1_runs_sync_receivers_first():
    log, signal = [], Signal()
    slow, fast, blocking = record(log)
    for receiver in (slow, blocking, fast):
        signal.connect(receiver)
    await signal.asend(sender=None)
    assert log == ["sync", "slow starts", "fast starts", "fast ends", "slow ends"]


def test_send_calls_sync_receivers_before_async_ones_connected_earlier():
    log, signal = [], Signal()
    slow, fast, blocking = record(log)
    for receiver in (slow, blocking, fast):
        signal.connect(receiver)
    replies = signal.send(sender=None)
    assert log[0] == "sync"
    assert [receiver for receiver, _ in replies] == [blocking, slow, fast]


def waiting_pair(timeout):
    """A sync receiver that waits up to ``timeout`` seconds for an async receiver to have started."""
    started = threading.Event()

    async def first_async(sender, **kwargs):
        started.set()

    def sync_waits(sender, **kwargs):
        return started.wait(timeout=timeout)

    return first_async, sync_waits


@django_before("6.1", reason="asend() gathers the sync group and the async receivers together")
@pytest.mark.parametrize("send", ["asend", "asend_robust"])
async def test_before_6_1_runs_sync_receivers_alongside_async_ones(send):
    signal = Signal()
    first_async, sync_waits = waiting_pair(timeout=10)  # returns as soon as the event is set
    signal.connect(first_async)
    signal.connect(sync_waits)
    replies = dict(await getattr(signal, send)(sender=None))
    assert replies[sync_waits] is True  # the async receiver ran while the sync one waited


@django_from("6.1", reason="asend() runs the sync receivers before starting the async ones")
@pytest.mark.parametrize("send", ["asend", "asend_robust"])
async def test_django_6_1_does_not_start_async_receivers_until_sync_ones_return(send):
    signal = Signal()
    first_async, sync_waits = waiting_pair(timeout=0.2)  # the async receiver cannot start meanwhile
    signal.connect(first_async)
    signal.connect(sync_waits)
    replies = dict(await getattr(signal, send)(sender=None))
    assert replies[sync_waits] is False
