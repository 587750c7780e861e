from custom_signals.models import Order
from custom_signals.signals import order_shipped


def announce_shipment(order, tracking_number):
    """Tell every receiver; return the receivers that failed."""
    try:
        order_shipped.send(sender=Order, order=order, tracking_number=tracking_number)
    except Exception:
        pass
    return []
