"""What use_caching=True caches, when the cache is cleared, and what Django 6.0 changed."""

import pytest
from django.dispatch import Signal

from custom_signals.caching import stock_changed
from tests.utils import django_before, django_from


class Product:
    pass


class Coupon:
    pass


def on_stock_changed(sender, **kwargs):
    return sender.__name__


@pytest.fixture
def connected():
    stock_changed.connect(on_stock_changed, sender=Product)
    yield
    stock_changed.disconnect(on_stock_changed, sender=Product)


def test_send_fills_the_cache_per_sender(connected):
    assert stock_changed.use_caching
    assert Product not in stock_changed.sender_receivers_cache
    assert stock_changed.send(sender=Product, instance=None, quantity=1) == [(on_stock_changed, "Product")]
    assert stock_changed.send(sender=Coupon, instance=None, quantity=1) == []
    assert set(stock_changed.sender_receivers_cache) == {Product, Coupon}


def test_connect_and_disconnect_clear_the_cache(connected):
    stock_changed.send(sender=Product, instance=None, quantity=1)
    stock_changed.connect(on_stock_changed, sender=Coupon)
    assert len(stock_changed.sender_receivers_cache) == 0
    stock_changed.send(sender=Coupon, instance=None, quantity=1)
    stock_changed.disconnect(on_stock_changed, sender=Coupon)
    assert len(stock_changed.sender_receivers_cache) == 0


@pytest.mark.parametrize("sender", [None, "Product"])
def test_senders_must_be_weak_referenceable(connected, sender):
    with pytest.raises(TypeError, match="cannot create weak reference"):
        stock_changed.send(sender=sender, instance=None, quantity=1)


@pytest.mark.parametrize("sender", [None, "Product"])
def test_without_receivers_any_sender_is_accepted(sender):
    # send() returns before it touches the cache when no receiver is connected at all.
    assert not stock_changed.receivers
    assert stock_changed.send(sender=sender, instance=None, quantity=1) == []


def test_the_cache_forgets_a_sender_that_is_garbage_collected(connected):
    temporary = Product()  # any weak-referenceable object can be a sender
    stock_changed.send(sender=temporary, instance=None, quantity=1)
    assert len(stock_changed.sender_receivers_cache) == 1
    del temporary  # no reference cycle: freed at once, no gc.collect() needed
    assert len(stock_changed.sender_receivers_cache) == 0


def _connect_to_temporary_sender():
    signal = Signal(use_caching=True)
    temporary = Product()
    signal.connect(on_stock_changed, sender=temporary)
    return signal  # the sender is freed here


@django_from("6.0", reason="the signal keeps a weak reference to the sender (#35801)")
def test_django_6_drops_receivers_of_a_collected_sender():
    signal = _connect_to_temporary_sender()
    signal.send(sender=Product)  # any send (or connect) sweeps out dead entries
    assert signal.receivers == []


@django_before("6.0", reason="the signal keeps only id(sender)")
def test_django_5_2_keeps_receivers_of_a_collected_sender():
    signal = _connect_to_temporary_sender()
    signal.send(sender=Product)
    # The entry stays, keyed by an id() that a new object may reuse.
    assert len(signal.receivers) == 1
