"""A bulk import: forget_latest_articles skips each row, the import forgets the list once."""

from django.core.cache import cache
from django.db import transaction

from .decorator import LATEST_ARTICLES_KEY
from .models import Article
from .pausing import bulk_import


def import_articles(titles, using="default"):
    with bulk_import(), transaction.atomic(using=using):
        for title in titles:
            Article.objects.using(using).create(title=title)  # other receivers still run
        transaction.on_commit(lambda: cache.delete(LATEST_ARTICLES_KEY), using=using)
