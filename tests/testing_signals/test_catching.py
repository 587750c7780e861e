"""catch_signal(): the mock sees every call; nothing stays connected."""

from unittest import mock

import pytest
from django.dispatch import Signal

from custom_signals.models import Order
from custom_signals.shipping import ship
from custom_signals.signals import order_shipped
from testing_signals.catching import catch_signal


@pytest.mark.django_db
def test_ship_sends_order_shipped_after_commit(django_capture_on_commit_callbacks):
    order = Order.objects.create(customer_email="ada@example.com")
    with catch_signal(order_shipped) as handler:
        with django_capture_on_commit_callbacks(execute=True):
            ship(order, "TRACK-9")
    handler.assert_called_once_with(signal=order_shipped, sender=Order, order=order, tracking_number=mock.ANY)


def test_disconnects_even_when_the_block_fails():
    before = len(order_shipped.receivers)
    with pytest.raises(ZeroDivisionError), catch_signal(order_shipped, sender=Order):
        assert len(order_shipped.receivers) == before + 1
        raise ZeroDivisionError
    assert len(order_shipped.receivers) == before


def test_a_sender_filter_ignores_other_senders():
    signal = Signal()  # a fresh signal: no other receivers to disturb
    with catch_signal(signal, sender=Order) as handler:
        signal.send(sender=object)
        signal.send(sender=Order, order=None)
    handler.assert_called_once_with(signal=signal, sender=Order, order=None)
