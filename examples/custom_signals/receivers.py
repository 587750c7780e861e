"""Two independent reactions to order_shipped: an email and an in-app notification."""

from django.core.mail import send_mail
from django.dispatch import receiver

from .models import Notification
from .signals import order_shipped


@receiver(order_shipped, dispatch_uid="custom_signals.email_customer")
def email_customer(sender, order, tracking_number, **kwargs):
    send_mail(
        subject=f"Your {order} has shipped",
        message=f"Track it with number {tracking_number}.",
        from_email="shop@example.com",
        recipient_list=[order.customer_email],
    )
    return "emailed"


@receiver(order_shipped, dispatch_uid="custom_signals.notify_in_app")
def notify_in_app(sender, order, tracking_number, **kwargs):
    Notification.objects.create(recipient=order.customer_email, message=f"Your {order} has shipped.")
    return "notified"
