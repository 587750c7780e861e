"""pre_save: change the instance before it is written. Mind raw and update_fields."""

from django.db.models.signals import pre_save
from django.dispatch import receiver

from .models import PhoneNumber


@receiver(pre_save, sender=PhoneNumber, dispatch_uid="model_signals.normalise_number")
def normalise_number(sender, instance, raw, update_fields, **kwargs):
    if raw:
        return  # loaddata: store the fixture exactly as written
    if update_fields is not None and "number" not in update_fields:
        return  # save(update_fields=[...]) would not write the change anyway
    instance.number = "".join(ch for ch in instance.number if ch.isdigit() or ch == "+")
