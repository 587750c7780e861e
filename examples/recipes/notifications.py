"""Email the customer about a reply to their ticket, once the reply is committed."""

from django.core.mail import send_mail
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import TicketReply


@receiver(post_save, sender=TicketReply, dispatch_uid="recipes.notify_customer")
def notify_customer(sender, instance, created, raw, using, **kwargs):
    if not created or raw:
        return
    address, text = instance.ticket.email, instance.text

    def send_reply_email():
        send_mail("New reply to your ticket", text, "support@example.com", [address])

    # robust=True: a mail server that is down is logged; the next callbacks still run.
    # A named function, not functools.partial: the log uses the __qualname__.
    transaction.on_commit(send_reply_email, using=using, robust=True)
