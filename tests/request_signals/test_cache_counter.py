"""cache.add() creates the key once; cache.incr() adds to it."""

import pytest
from django.core.cache import cache
from django.core.signals import request_started

from request_signals.cache_counter import KEY, count_request_in_cache


@pytest.fixture(autouse=True)
def clean_cache():
    cache.delete(KEY)
    yield
    cache.delete(KEY)


def test_counts_requests_in_the_cache(client):
    request_started.connect(count_request_in_cache, dispatch_uid="test.count_request_in_cache")
    try:
        client.get("/")
        client.get("/")
    finally:
        request_started.disconnect(dispatch_uid="test.count_request_in_cache")
    assert cache.get(KEY) == 2


def test_an_evicted_key_starts_again_from_zero():
    count_request_in_cache(sender=None)
    cache.delete(KEY)  # what an eviction or a cache restart does
    count_request_in_cache(sender=None)
    assert cache.get(KEY) == 1
