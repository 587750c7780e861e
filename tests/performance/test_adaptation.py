"""The cost of mixing sync and async receivers, counted in adaptations (not timed)."""

import threading

import pytest
from asgiref import sync
from django.dispatch import Signal, dispatcher

from performance.adaptation import count_view, stream_view


@pytest.fixture
def adaptations(monkeypatch):
    """Count the dispatcher's calls to async_to_sync() and sync_to_async()."""
    counts = {"async_to_sync": 0, "sync_to_async": 0}

    def counting(name):
        def wrapper(*args, **kwargs):
            counts[name] += 1
            return getattr(sync, name)(*args, **kwargs)

        return wrapper

    for name in counts:
        monkeypatch.setattr(dispatcher, name, counting(name))
    return counts


@pytest.fixture
def signal():
    return Signal()  # a fresh signal per test


def test_send_with_sync_receivers_only_adapts_nothing(signal, adaptations):
    signal.connect(count_view)
    for _ in range(3):
        assert signal.send(sender=None) == [(count_view, "counted")]
    assert adaptations == {"async_to_sync": 0, "sync_to_async": 0}


def test_send_runs_an_event_loop_per_send_for_async_receivers(signal, adaptations):
    threads = []

    async def record_thread(sender, **kwargs):
        threads.append(threading.get_ident())

    signal.connect(count_view)
    signal.connect(stream_view)
    signal.connect(record_thread)
    for _ in range(3):
        assert signal.send(sender=None)[:2] == [(count_view, "counted"), (stream_view, "streamed")]
    assert adaptations == {"async_to_sync": 3, "sync_to_async": 0}
    assert threading.get_ident() not in threads  # the event loop ran in another thread


@pytest.mark.django_db
def test_an_async_receiver_on_post_save_costs_an_adaptation_per_save(adaptations):
    from django.db.models.signals import post_save

    from performance.models import Label

    post_save.connect(stream_view, sender=Label)
    try:
        for name in "abc":
            Label.objects.create(name=name)
    finally:
        post_save.disconnect(stream_view, sender=Label)
    assert adaptations == {"async_to_sync": 3, "sync_to_async": 0}


async def test_asend_runs_all_sync_receivers_behind_one_sync_to_async(signal, adaptations):
    threads = []

    def record_thread(sender, **kwargs):
        threads.append(threading.get_ident())

    signal.connect(count_view)
    signal.connect(record_thread)
    signal.connect(stream_view)
    responses = await signal.asend(sender=None)
    assert [receiver for receiver, _ in responses] == [count_view, record_thread, stream_view]
    assert adaptations == {"async_to_sync": 0, "sync_to_async": 1}
    assert threads != [threading.get_ident()]  # the sync group ran off the event loop's thread


async def test_asend_with_async_receivers_only_adapts_nothing(signal, adaptations):
    signal.connect(stream_view)
    assert await signal.asend(sender=None) == [(stream_view, "streamed")]
    assert adaptations == {"async_to_sync": 0, "sync_to_async": 0}
