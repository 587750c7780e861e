"""Mail a new account only once its row is committed."""

from functools import partial

from django.core.mail import send_mail
from django.db import transaction


def send_welcome(email):
    send_mail("Welcome", "Your account is ready.", "hello@example.com", [email])


def welcome_on_commit(sender, instance, created, raw, **kwargs):
    if created and not raw:
        transaction.on_commit(partial(send_welcome, instance.email), robust=True)
