"""Count requests in a shared cache: fast, atomic on Redis and Memcached, but evictable."""

from django.core.cache import cache

KEY = "request_signals:requests"


def count_request_in_cache(sender, **kwargs):
    cache.add(KEY, 0, timeout=None)  # create the key once; never overwrite it
    cache.incr(KEY)  # atomic on the Redis and Memcached backends
