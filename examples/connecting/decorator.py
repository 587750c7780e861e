"""@receiver: one receiver for several signals, only for one sender."""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import Article
from .pausing import importing

LATEST_ARTICLES_KEY = "connecting:latest-articles"


@receiver([post_save, post_delete], sender=Article, dispatch_uid="connecting.forget_latest_articles")
def forget_latest_articles(sender, using, **kwargs):
    if importing.get():
        return  # a bulk import forgets the list once, at its end
    # After the commit: deleted earlier, a concurrent request could read the old
    # rows and cache them again before the change is visible.
    transaction.on_commit(lambda: cache.delete(LATEST_ARTICLES_KEY), using=using)
