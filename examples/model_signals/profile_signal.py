"""Give every new user a Profile, wherever the user is created (admin, createsuperuser, ...)."""

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import Profile


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="model_signals.ensure_profile")
def ensure_profile(sender, instance, created, raw, using, **kwargs):
    if created and not raw:
        # get_or_create: a second call for the same user changes nothing.
        Profile.objects.using(using).get_or_create(user=instance)
