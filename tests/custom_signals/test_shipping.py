"""ship() announces the shipment after commit, with send_robust()."""

import logging

import pytest

from custom_signals.models import Order
from custom_signals.shipping import ship
from custom_signals.signals import order_shipped

pytestmark = pytest.mark.django_db


def test_nothing_is_announced_before_commit(django_capture_on_commit_callbacks, mailoutbox):
    order = Order.objects.create(customer_email="ada@example.com")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        ship(order, "TRACK-1")
    assert len(callbacks) == 1
    assert mailoutbox == []


def test_a_failing_receiver_is_logged_and_the_others_still_run(django_capture_on_commit_callbacks, mailoutbox, caplog):
    def broken(sender, **kwargs):
        raise ConnectionError("push service down")

    order = Order.objects.create(customer_email="ada@example.com")
    order_shipped.connect(broken)
    try:
        with caplog.at_level(logging.ERROR, logger="django.dispatch"):
            with django_capture_on_commit_callbacks(execute=True):
                ship(order, "TRACK-2")
    finally:
        order_shipped.disconnect(broken)
    assert len(mailoutbox) == 1
    order.refresh_from_db()
    assert order.tracking_number == "TRACK-2"
    [record] = caplog.records
    assert record.name == "django.dispatch"
    assert record.getMessage() == (
        "Error calling test_a_failing_receiver_is_logged_and_the_others_still_run.<locals>.broken "
        "in Signal.send_robust() (push service down)"
    )
    assert record.exc_info[0] is ConnectionError


def test_send_robust_returns_the_exception_send_raises_it():
    def broken(sender, **kwargs):
        raise ConnectionError("push service down")

    order_shipped.connect(broken)
    try:
        replies = dict(order_shipped.send_robust(sender=Order, order=Order(pk=7), tracking_number="T"))
        assert isinstance(replies[broken], ConnectionError)
        assert replies[broken].__traceback__ is not None  # kept for logging
        with pytest.raises(ConnectionError):
            order_shipped.send(sender=Order, order=Order(pk=7), tracking_number="T")
    finally:
        order_shipped.disconnect(broken)


def test_ship_saves_the_shipment_alone_and_announces_it_for_orders(connect, django_capture_on_commit_callbacks):
    heard = []
    connect(order_shipped, lambda sender, **kwargs: heard.append(kwargs["tracking_number"]), sender=Order, weak=False)
    order = Order.objects.create(customer_email="ada@example.com")
    order.customer_email = "not-saved@example.com"  # an unsaved change ship() must not write
    with django_capture_on_commit_callbacks(execute=True):
        ship(order, "TRACK-4")
    order.refresh_from_db()
    assert (order.tracking_number, order.customer_email) == ("TRACK-4", "ada@example.com")
    assert order.shipped_at is not None
    assert heard == ["TRACK-4"]
