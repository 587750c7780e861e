"""Receivers of the placement app: imported once, from PlacementConfig.ready()."""

from django.core.mail import send_mail
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import Subscriber


@receiver(post_save, sender=Subscriber, dispatch_uid="placement.welcome_subscriber")
def welcome_subscriber(sender, instance, created, using, raw=False, **kwargs):
    if created and not raw:
        # After the commit, so a subscription that is rolled back gets no email.
        email = instance.email
        transaction.on_commit(lambda: send_mail("Welcome!", "Thanks for subscribing.", None, [email]), using=using)
