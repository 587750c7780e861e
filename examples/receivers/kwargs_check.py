"""Why **kwargs is mandatory: a signal may grow arguments; receivers must not break."""

from django.dispatch import Signal

# A signal of your own: today it sends order=..., tomorrow it may also send channel=...
order_paid = Signal()


def receipt_without_kwargs(sender, order):
    # Wrong: send() also passes signal=..., and any argument the signal gains later.
    return f"receipt for {order}"


def receipt(sender, order, **kwargs):
    # Right: names what it uses and accepts whatever else is sent.
    return f"receipt for {order}"
