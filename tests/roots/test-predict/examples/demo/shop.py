from django.dispatch import Signal

order_paid = Signal()
receipt_sent = Signal()


def email_receipt(sender, **kwargs):
    receipt_sent.send(sender="email_receipt")
    return "emailed"


def count_sale(sender, **kwargs):
    raise ValueError("counter offline")


def log_receipt(sender, **kwargs):
    return None
