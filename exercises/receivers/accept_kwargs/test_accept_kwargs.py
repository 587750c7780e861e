from receivers.kwargs_check import order_paid


def reply_of(receiver, **arguments):
    return dict(order_paid.send(sender=None, **arguments)).get(receiver)


def test_replies_when_sent(answer):
    assert reply_of(answer.log_payment, order="A-1") == "paid A-1"


def test_survives_a_new_argument(answer):
    assert reply_of(answer.log_payment, order="A-2", channel="web") == "paid A-2"
