from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from recipes.models import Preferences


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="recipes.exercise.create_preferences")
def create_preferences(sender, instance, created, raw, using, **kwargs):
    if created and not raw:
        # On the database the user was saved to; get_or_create: a second call changes nothing.
        Preferences.objects.using(using).get_or_create(user=instance)
