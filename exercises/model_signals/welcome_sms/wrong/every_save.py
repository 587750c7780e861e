from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from model_signals.models import PhoneNumber
from model_signals.sms_gateway import gateway


@receiver(post_save, sender=PhoneNumber, dispatch_uid="model_signals.exercise.text_welcome")
def text_welcome(sender, instance, created, raw, using, **kwargs):
    if raw:
        return
    number = instance.number
    # After the commit of the database the row was written to: never for a rollback.
    transaction.on_commit(lambda: gateway.send(number, "Welcome!"), using=using)
