from django.core.mail import send_mail
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from transactions.models import Account


def send_welcome(email):
    send_mail("Welcome", "Your account is ready.", "hello@example.com", [email])


@receiver(post_save, sender=Account)
def welcome(sender, instance, created, using, **kwargs):
    if created:
        send_welcome(instance.email)
