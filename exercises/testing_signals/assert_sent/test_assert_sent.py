import pytest

from custom_signals.models import Order
from custom_signals.signals import order_shipped
from testing_signals.muting import muted

# Ships that the check must accept or reject. They send directly (ship() in custom_signals waits for the commit).


def good_ship(order, tracking_number):
    order_shipped.send(sender=Order, order=order, tracking_number=tracking_number)


def silent_ship(order, tracking_number):
    pass


def double_ship(order, tracking_number):
    good_ship(order, tracking_number)
    good_ship(order, tracking_number)


def anonymous_ship(order, tracking_number):
    order_shipped.send(sender=None, order=order, tracking_number=tracking_number)


def mislabelled_ship(order, tracking_number):
    order_shipped.send(sender=Order, order=order, tracking_number="T-2")


@pytest.fixture
def order():
    return Order(pk=1, customer_email="ada@example.com")


@pytest.fixture(autouse=True)
def quiet_receivers():
    # The page's receivers email and write rows: mute them, the check is about the signal.
    from custom_signals.receivers import email_customer, notify_in_app

    with muted(order_shipped, email_customer, dispatch_uid="custom_signals.email_customer"):
        with muted(order_shipped, notify_in_app, dispatch_uid="custom_signals.notify_in_app"):
            yield


def rejects(answer, ship, order):
    try:
        answer.assert_announces_shipment(ship, order)
    except AssertionError:
        return True
    return False


def test_accepts_a_ship_that_announces(answer, order):
    answer.assert_announces_shipment(good_ship, order)


def test_rejects_silence(answer, order):
    assert rejects(answer, silent_ship, order)


def test_rejects_two_announcements(answer, order):
    assert rejects(answer, double_ship, order)


def test_rejects_another_sender(answer, order):
    assert rejects(answer, anonymous_ship, order)


def test_rejects_a_wrong_tracking_number(answer, order):
    assert rejects(answer, mislabelled_ship, order)


def test_leaves_no_receiver_behind(answer, order):
    before = len(order_shipped.receivers)
    rejects(answer, silent_ship, order)
    assert len(order_shipped.receivers) == before
