from unittest import mock

from custom_signals.signals import order_shipped


def assert_announces_shipment(ship, order):
    handler = mock.Mock()
    order_shipped.connect(handler, weak=False)
    ship(order, "T-1")
    assert handler.called, "order_shipped was not sent"
