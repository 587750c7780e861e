"""Receivers that raise: where the exception goes, and what it takes with it."""

from django.dispatch import Signal


class Refused(Exception):
    pass


def refuse_blocked_domains(sender, instance, **kwargs):
    if instance.email.endswith("@blocked.example"):
        raise Refused(instance.email)


account_reviewed = Signal()


def review(account):
    """Tell the reviewers; a failing reviewer is logged and returned, not raised."""
    return account_reviewed.send_robust(sender=type(account), account=account)
