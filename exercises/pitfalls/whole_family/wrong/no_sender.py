from django.db.models.signals import post_save
from django.dispatch import receiver

saved = []  # the name of every saved place


@receiver(post_save, dispatch_uid="pitfalls.exercise.log_place")
def log_place(sender, instance, **kwargs):
    saved.append(instance.name)
