from unittest import mock

from custom_signals.models import Order
from custom_signals.signals import order_shipped


def assert_announces_shipment(ship, order):
    handler = mock.Mock()
    order_shipped.connect(handler, sender=Order, weak=False)  # nothing else keeps the mock alive
    try:
        ship(order, "T-1")
        handler.assert_called_once_with(signal=order_shipped, sender=Order, order=order, tracking_number="T-1")
    finally:
        order_shipped.disconnect(handler, sender=Order)
