from django.db.models.signals import post_save
from django.dispatch import receiver

from model_signals.models import PhoneNumber
from model_signals.sms_gateway import gateway


@receiver(post_save, sender=PhoneNumber, dispatch_uid="model_signals.exercise.text_welcome")
def text_welcome(sender, instance, created, **kwargs):
    if created:
        gateway.send(instance.number, "Welcome!")
