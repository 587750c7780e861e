from decimal import Decimal

from django.dispatch import Signal, receiver

# Sent with sender=None, parcel=<a dict with "kg">. Each carrier replies with a price or None.
quote_requested = Signal()


@receiver(quote_requested, dispatch_uid="receivers.exercise.post_office")
def post_office(sender, parcel, **kwargs):
    return Decimal(3) + parcel["kg"]


@receiver(quote_requested, dispatch_uid="receivers.exercise.courier")
def courier(sender, parcel, **kwargs):
    return Decimal(4) if parcel["kg"] <= 5 else None  # too heavy: no price


def cheapest_quote(parcel):
    replies = quote_requested.send(sender=None, parcel=parcel)
    return min((reply for _receiver, reply in replies if reply is not None), default=None)
