from custom_signals.models import Order
from custom_signals.signals import order_shipped


def announce_shipment(order, tracking_number):
    """Tell every receiver; return the receivers that failed."""
    # send_robust(): each exception is logged and returned in place of the reply.
    replies = order_shipped.send_robust(sender=Order, order=order, tracking_number=tracking_number)
    return [receiver for receiver, reply in replies if isinstance(reply, Exception)]
