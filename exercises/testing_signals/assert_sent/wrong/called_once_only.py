from unittest import mock

from custom_signals.signals import order_shipped


def assert_announces_shipment(ship, order):
    handler = mock.Mock()
    order_shipped.connect(handler, weak=False)
    try:
        ship(order, "T-1")
        handler.assert_called_once()
    finally:
        order_shipped.disconnect(handler)
