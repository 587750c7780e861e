from django.dispatch import Signal

from custom_signals.models import Order

# Sent once an order's cancellation is committed.
# sender: the Order class; order_id: the cancelled order's primary key; customer_email: a str.
order_cancelled = Signal()


def cancel(order):
    order_id, email = order.pk, order.customer_email
    order.delete()
    order_cancelled.send(sender=Order, order_id=order_id, customer_email=email)
