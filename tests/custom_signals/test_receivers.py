"""Both receivers react to order_shipped: an email and a Notification row."""

import pytest

from custom_signals import receivers
from custom_signals.models import Notification, Order
from custom_signals.shipping import ship

pytestmark = pytest.mark.django_db


def test_shipping_emails_and_notifies_the_customer(django_capture_on_commit_callbacks, mailoutbox):
    order = Order.objects.create(customer_email="ada@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        ship(order, "TRACK-3")
    [email] = mailoutbox
    assert email.to == ["ada@example.com"]
    assert email.from_email == "shop@example.com"
    assert email.subject == f"Your order {order.pk} has shipped"
    assert "TRACK-3" in email.body
    notification = Notification.objects.get()
    assert str(notification) == f"Your order {order.pk} has shipped."
    assert notification.recipient == "ada@example.com"


def test_the_receivers_reply_in_connection_order(mailoutbox):
    from custom_signals.signals import order_shipped

    order = Order.objects.create(customer_email="ada@example.com")
    replies = order_shipped.send(sender=Order, order=order, tracking_number="T")
    assert replies == [(receivers.email_customer, "emailed"), (receivers.notify_in_app, "notified")]
