"""A module whose receiver is lost when the module is reloaded."""

from django.dispatch import receiver

from .signals import cache_cleared


@receiver(cache_cleared, dispatch_uid="pitfalls.warm_cache")
def warm_cache(sender, **kwargs):
    return "warmed"
