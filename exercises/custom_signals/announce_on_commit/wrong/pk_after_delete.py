from django.db import transaction
from django.dispatch import Signal

from custom_signals.models import Order

# Sent once an order's cancellation is committed.
# sender: the Order class; order_id: the cancelled order's primary key; customer_email: a str.
order_cancelled = Signal()


def cancel(order):
    order.delete()
    transaction.on_commit(
        lambda: order_cancelled.send(sender=Order, order_id=order.pk, customer_email=order.customer_email)
    )
