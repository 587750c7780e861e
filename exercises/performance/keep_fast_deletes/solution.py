from django.core.cache import cache
from django.db.models.signals import post_delete
from django.dispatch import receiver

from performance.models import Comment


@receiver(post_delete, sender=Comment, dispatch_uid="performance.exercise.forget_comment")
def forget_comment(sender, instance, **kwargs):
    cache.delete(f"comment:{instance.pk}")
