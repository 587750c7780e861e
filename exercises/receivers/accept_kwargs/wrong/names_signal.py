from django.dispatch import receiver

from receivers.kwargs_check import order_paid


@receiver(order_paid, dispatch_uid="receivers.exercise.log_payment")
def log_payment(sender, order, signal):
    return f"paid {order}"
