"""Mail a new account only once its row is committed."""

from django.core.mail import send_mail
from django.db import transaction


def send_welcome(email):
    send_mail("Welcome", "Your account is ready.", "hello@example.com", [email])


def welcome_on_commit(sender, instance, created, raw, using, **kwargs):
    if created and not raw:
        email = instance.email  # the address as saved, even if the instance changes before COMMIT
        # A lambda, not functools.partial: robust=True logs a failure with the
        # callback's __qualname__, which a partial lacks on Django 5.2 and 6.0.
        transaction.on_commit(lambda: send_welcome(email), using=using, robust=True)
