from django.db.models.signals import pre_save
from django.dispatch import receiver

from model_signals.models import Post


@receiver(pre_save, sender=Post, dispatch_uid="model_signals.exercise.tidy_title")
def tidy_title(sender, instance, raw, update_fields, **kwargs):
    if raw or update_fields:
        return
    instance.title = " ".join(instance.title.split())
