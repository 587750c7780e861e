"""importlib.reload() + weak=True + dispatch_uid, with DEBUG off and on.

With DEBUG=True, connect() checks each receiver with func_accepts_kwargs(), whose
functools.lru_cache (django.utils.inspect) keeps a strong reference to it.
"""

import importlib

from django.test import override_settings

from pitfalls import reloading
from pitfalls.signals import cache_cleared

UID = "pitfalls.warm_cache"


def reload_fresh():
    """Reconnect the module's receiver from scratch, as a fresh import under the current DEBUG."""
    cache_cleared.disconnect(dispatch_uid=UID)
    importlib.reload(reloading)
    return reloading.warm_cache


def restore():
    with override_settings(DEBUG=False):  # leave a receiver the DEBUG check never cached
        reload_fresh()


def test_debug_false_reloading_the_module_disconnects_its_receiver(settings):
    settings.DEBUG = False
    try:
        reload_fresh()
        assert cache_cleared.send(sender=None) == [(reloading.warm_cache, "warmed")]
        importlib.reload(reloading)
        # The reload defined a new warm_cache and connected it with the same
        # dispatch_uid: connect() kept the OLD entry, a weak reference to the
        # old function, which nothing else refers to any more, so it is freed.
        assert cache_cleared.send(sender=None) == []
    finally:
        restore()
    assert cache_cleared.send(sender=None) == [(reloading.warm_cache, "warmed")]


def test_debug_true_the_old_receiver_keeps_running_after_a_reload(settings):
    settings.DEBUG = True
    try:
        old_code = reload_fresh().__code__  # no reference to the old function itself
        importlib.reload(reloading)
        # The kwargs check's cache still holds the old function: it stays connected
        # and keeps running the old code; the module's new function is not connected.
        [(receiver, reply)] = cache_cleared.send(sender=None)
        assert receiver.__code__ is old_code and receiver is not reloading.warm_cache
        assert reply == "warmed"
    finally:
        restore()
    assert cache_cleared.send(sender=None) == [(reloading.warm_cache, "warmed")]
