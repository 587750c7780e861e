from demo.shop import count_sale, email_receipt, log_receipt, order_paid, receipt_sent


def test_paying():
    order_paid.connect(email_receipt)
    order_paid.connect(count_sale)
    receipt_sent.connect(log_receipt)
    try:
        order_paid.send_robust(sender="shop")
        receipt_sent.send(sender="nobody")
    finally:
        order_paid.disconnect(email_receipt)
        order_paid.disconnect(count_sale)
        receipt_sent.disconnect(log_receipt)


def test_silent():
    order_paid.send(sender="shop")


def test_broken():
    raise AssertionError("the receipt was not sent")
