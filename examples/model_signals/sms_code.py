"""Text a verification code to a new phone number: post_save, created, not raw, on commit."""

import logging
from functools import partial

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import PhoneNumber
from .sms_gateway import SmsGatewayError, gateway

logger = logging.getLogger(__name__)


def text_code(phone_pk, number, code):
    try:
        gateway.send(number, f"Your verification code: {code}")
    except SmsGatewayError:
        # The row is committed already; log and let a retry job or the user ask again.
        logger.exception("Verification code for phone number %s not sent", phone_pk)


@receiver(post_save, sender=PhoneNumber, dispatch_uid="model_signals.send_verification_code")
def send_verification_code(sender, instance, created, raw, using, **kwargs):
    if not created or raw:
        return
    # Text only once the row is really in the database: never for a rollback.
    transaction.on_commit(partial(text_code, instance.pk, instance.number, instance.verification_code), using=using)
