"""Receivers may return values: send() collects one (receiver, reply) pair each."""

from decimal import Decimal

from django.dispatch import Signal, receiver

discount_requested = Signal()


@receiver(discount_requested, dispatch_uid="receivers.loyalty_discount")
def loyalty_discount(sender, customer, **kwargs):
    return Decimal("0.10") if customer.get("orders", 0) >= 10 else Decimal(0)


@receiver(discount_requested, dispatch_uid="receivers.student_discount")
def student_discount(sender, customer, **kwargs):
    return Decimal("0.15") if customer.get("student") else Decimal(0)


def best_discount(customer):
    replies = discount_requested.send(sender=best_discount, customer=customer)
    return max((reply for _receiver, reply in replies), default=Decimal(0))
