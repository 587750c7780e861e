"""importlib.reload() + weak=True + dispatch_uid: no receiver left at all."""

import importlib

from pitfalls import reloading
from pitfalls.signals import cache_cleared


def test_reloading_the_module_disconnects_its_receiver():
    assert cache_cleared.send(sender=None) == [(reloading.warm_cache, "warmed")]
    try:
        importlib.reload(reloading)
        # The reload defined a new warm_cache and connected it with the same
        # dispatch_uid: connect() kept the OLD entry, a weak reference to the
        # old function, which nothing else refers to any more, so it is freed.
        assert cache_cleared.send(sender=None) == []
    finally:
        cache_cleared.connect(reloading.warm_cache, dispatch_uid="pitfalls.warm_cache")
    assert cache_cleared.send(sender=None) == [(reloading.warm_cache, "warmed")]
