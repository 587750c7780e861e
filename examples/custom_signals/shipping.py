"""Mark an order shipped, then announce it once the change is committed."""

from django.db import transaction
from django.utils import timezone

from .models import Order
from .signals import order_shipped


def ship(order, tracking_number):
    order.tracking_number = tracking_number
    order.shipped_at = timezone.now()
    order.save(update_fields=["tracking_number", "shipped_at"])
    # send_robust(): a failing receiver is logged and returned, not raised,
    # so one broken notification cannot undo or hide the shipment.
    transaction.on_commit(lambda: order_shipped.send_robust(sender=Order, order=order, tracking_number=tracking_number))
