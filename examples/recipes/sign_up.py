"""Give every new user their preferences row, on the database the user was saved to."""

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import Preferences


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="recipes.preferences")
def create_preferences(sender, instance, created, raw, using, **kwargs):
    # raw: loaddata brings the rows it needs, and may not have loaded them yet.
    if created and not raw:
        # On the user's database; get_or_create: a second call changes nothing.
        Preferences.objects.using(using).get_or_create(user=instance)
