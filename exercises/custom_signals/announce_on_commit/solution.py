from django.db import transaction
from django.dispatch import Signal

from custom_signals.models import Order

# Sent once an order's cancellation is committed.
# sender: the Order class; order_id: the cancelled order's primary key; customer_email: a str.
order_cancelled = Signal()


def cancel(order):
    order_id, email = order.pk, order.customer_email  # delete() sets order.pk to None
    order.delete()
    transaction.on_commit(lambda: order_cancelled.send(sender=Order, order_id=order_id, customer_email=email))
