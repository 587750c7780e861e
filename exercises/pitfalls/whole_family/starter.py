from django.db.models.signals import post_save
from django.dispatch import receiver

from pitfalls.models import Place

saved = []  # the name of every saved place


@receiver(post_save, sender=Place, dispatch_uid="pitfalls.exercise.log_place")
def log_place(sender, instance, **kwargs):
    saved.append(instance.name)
