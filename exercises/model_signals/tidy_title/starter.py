from django.db.models.signals import post_save
from django.dispatch import receiver

from model_signals.models import Post


@receiver(post_save, sender=Post, dispatch_uid="model_signals.exercise.tidy_title")
def tidy_title(sender, instance, **kwargs):
    instance.title = " ".join(instance.title.split())
