"""Two cheap-looking receivers that change how Django deletes and adds rows."""

from django.core.cache import cache


def forget_comment(sender, instance, **kwargs):
    cache.delete(f"comment:{instance.pk}")


def forget_labels(sender, instance, action, **kwargs):
    if action.startswith("post_"):
        cache.delete(f"document:{instance.pk}:labels")
