"""Give every new user their preferences row, on the database the user was saved to."""

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import Preferences


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="recipes.create_preferences")
def create_preferences(sender, instance, created, raw, using, **kwargs):
    if created and not raw:  # loaddata brings its own rows, and the user's may not be loaded yet
        Preferences.objects.using(using).get_or_create(user=instance)
