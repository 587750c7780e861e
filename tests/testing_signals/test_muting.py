"""muted(): the receiver is off inside the block and back afterwards."""

import pytest

from custom_signals import receivers
from custom_signals.models import Notification, Order
from custom_signals.signals import order_shipped
from testing_signals.muting import muted


@pytest.mark.django_db
def test_muted_receiver_does_not_run(mailoutbox):
    order = Order.objects.create(customer_email="ada@example.com")
    with muted(order_shipped, receivers.email_customer, dispatch_uid="custom_signals.email_customer"):
        order_shipped.send(sender=Order, order=order, tracking_number="T")
    assert mailoutbox == []
    assert Notification.objects.count() == 1  # the other receiver still ran
    replies = order_shipped.send(sender=Order, order=order, tracking_number="T")
    assert len(mailoutbox) == 1  # and the muted one is back,
    assert [reply for _, reply in replies] == ["notified", "emailed"]  # at the end of the list
    # Put the other one after it again, as connected at start-up: later tests see the order they expect.
    order_shipped.disconnect(dispatch_uid="custom_signals.notify_in_app")
    order_shipped.connect(receivers.notify_in_app, dispatch_uid="custom_signals.notify_in_app")


def test_a_receiver_that_was_not_connected_stays_disconnected():
    def stranger(sender, **kwargs):
        pass

    before = len(order_shipped.receivers)
    with muted(order_shipped, stranger):
        pass
    assert len(order_shipped.receivers) == before


def test_a_strong_receiver_stays_strong():
    import gc

    from django.dispatch import Signal

    signal, calls = Signal(), []

    def make_receiver():
        def closure(sender, **kwargs):
            calls.append(sender)

        return closure

    closure = make_receiver()
    signal.connect(closure, weak=False)
    with muted(signal, closure, weak=False):
        signal.send(sender="muted")
    del closure
    gc.collect()
    [(receiver, _)] = signal.send(sender="back")
    assert calls == ["back"]
    assert signal.disconnect(receiver)


def test_a_lazy_string_sender_is_refused():
    def listener(sender, **kwargs):  # pragma: no cover - never called
        pass

    with pytest.raises(TypeError, match="model class"), muted(order_shipped, listener, sender="custom_signals.Order"):
        pass  # pragma: no cover - the context manager raises before the block
