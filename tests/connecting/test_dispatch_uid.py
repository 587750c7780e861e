"""dispatch_uid: one connection however many times ready() or an import runs."""

from connecting.dispatch_uid import connect_delivery_counter, count_delivery, deliveries, newsletter_sent


def test_connecting_twice_with_uid_adds_one_receiver():
    try:
        connect_delivery_counter()
        connect_delivery_counter()
        deliveries.clear()
        newsletter_sent.send(sender="weekly")
        assert deliveries == ["weekly"]
    finally:
        assert newsletter_sent.disconnect(dispatch_uid="connecting.count_delivery")
        deliveries.clear()


def test_without_uid_the_same_function_is_still_added_once():
    # The key is (id(receiver), id(sender)): the same function object is not duplicated.
    try:
        newsletter_sent.connect(count_delivery)
        newsletter_sent.connect(count_delivery)
        assert len(newsletter_sent.receivers) == 1
    finally:
        assert newsletter_sent.disconnect(count_delivery)


def test_the_key_includes_the_sender():
    # Same uid, two senders: two connections, each disconnected with its own sender.
    try:
        newsletter_sent.connect(count_delivery, sender="a", dispatch_uid="uid")
        newsletter_sent.connect(count_delivery, sender="b", dispatch_uid="uid")
        assert len(newsletter_sent.receivers) == 2
    finally:
        assert newsletter_sent.disconnect(sender="a", dispatch_uid="uid")
        assert newsletter_sent.disconnect(sender="b", dispatch_uid="uid")
