"""send() returns each receiver's reply; the caller decides what to do with them."""

from decimal import Decimal

from receivers.return_values import best_discount, discount_requested, loyalty_discount, student_discount


def test_send_returns_one_pair_per_receiver_in_connection_order():
    replies = discount_requested.send(sender=None, customer={"orders": 12, "student": True})
    assert replies == [(loyalty_discount, Decimal("0.10")), (student_discount, Decimal("0.15"))]


def test_best_discount_picks_the_largest_reply():
    assert best_discount({"orders": 12}) == Decimal("0.10")
    assert best_discount({"student": True}) == Decimal("0.15")
    assert best_discount({}) == Decimal(0)


def test_no_receivers_means_an_empty_list():
    assert discount_requested.disconnect(dispatch_uid="receivers.loyalty_discount")
    assert discount_requested.disconnect(dispatch_uid="receivers.student_discount")
    try:
        assert discount_requested.send(sender=None, customer={}) == []
        assert best_discount({"orders": 12}) == Decimal(0)
    finally:
        discount_requested.connect(loyalty_discount, dispatch_uid="receivers.loyalty_discount")
        discount_requested.connect(student_discount, dispatch_uid="receivers.student_discount")


def test_best_discount_sends_as_itself(connect):
    # A receiver may listen to best_discount's requests only: the sender is the function.
    connect(discount_requested, lambda sender, **kwargs: Decimal("0.5"), sender=best_discount, weak=False)
    assert best_discount({}) == Decimal("0.5")
    assert discount_requested.send(sender=None, customer={}) == [
        (loyalty_discount, Decimal(0)),
        (student_discount, Decimal(0)),
    ]


def test_the_loyalty_discount_starts_at_ten_orders():
    assert loyalty_discount(None, {"orders": 9}) == Decimal(0)
    assert loyalty_discount(None, {"orders": 10}) == Decimal("0.10")
