"""cache.incr() adds to the key; cache.add() creates it when it is missing, so a request never fails."""

import pytest
from django.core.cache import cache
from django.core.signals import request_started

from request_signals.cache_counter import KEY, count_request_in_cache


@pytest.fixture(autouse=True)
def clean_cache():
    cache.delete(KEY)
    yield
    cache.delete(KEY)


def test_counts_requests_in_the_cache(client, connect):
    connect(request_started, count_request_in_cache, dispatch_uid="test.count_request_in_cache")
    client.get("/")
    client.get("/")
    assert cache.get(KEY) == 2


def test_an_evicted_key_starts_again_from_zero():
    count_request_in_cache(sender=None)
    cache.delete(KEY)  # what an eviction or a cache restart does
    count_request_in_cache(sender=None)
    assert cache.get(KEY) == 1


def test_a_key_evicted_between_two_requests_never_fails_a_request(client, connect):
    connect(request_started, count_request_in_cache, dispatch_uid="test.count_request_in_cache")
    client.get("/")
    cache.delete(KEY)  # evicted: incr() raises ValueError, and the receiver starts again
    assert client.get("/").status_code == 200
    assert cache.get(KEY) == 1


def test_add_never_overwrites_a_key_created_meanwhile():
    cache.set(KEY, 5)
    cache.add(KEY, 1, timeout=None)  # what the receiver does when incr() found no key
    assert cache.get(KEY) == 5


def test_the_count_never_expires(monkeypatch):
    import django.core.cache.backends.locmem as locmem

    count_request_in_cache(sender=None)
    # The tests' cache is the local-memory one, whose expiry reads time.time().

    now = locmem.time.time()
    monkeypatch.setattr(locmem, "time", type("ADayLater", (), {"time": staticmethod(lambda: now + 86400)}))
    assert cache.get(KEY) == 1  # timeout=None: kept until evicted, not for the default 300 s
