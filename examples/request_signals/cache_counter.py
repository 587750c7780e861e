"""Count requests in a shared cache: fast, atomic on Redis and Memcached, but evictable."""

from django.core.cache import cache

KEY = "request_signals:requests"


def count_request_in_cache(sender, **kwargs):
    try:
        cache.incr(KEY)  # atomic on the Redis and Memcached backends
    except ValueError:  # no key yet, or the cache evicted it: start again
        cache.add(KEY, 1, timeout=None)  # never overwrites a key another request just created
