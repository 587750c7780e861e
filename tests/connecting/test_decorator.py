"""@receiver with a list of signals and a sender: runs for both signals, for Article only."""

import pytest
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from connecting.decorator import LATEST_ARTICLES_KEY, forget_latest_articles
from connecting.models import Article, FeaturedArticle

pytestmark = pytest.mark.django_db


def test_connected_to_both_signals_for_article():
    article = Article(title="Unsaved")
    for signal in (post_save, post_delete):
        replies = signal.send(sender=Article, instance=article, created=False, using="default")
        assert forget_latest_articles in dict(replies)


def test_saving_and_deleting_forget_the_cached_list(django_capture_on_commit_callbacks):
    cache.set(LATEST_ARTICLES_KEY, ["old"])
    with django_capture_on_commit_callbacks(execute=True):
        article = Article.objects.create(title="Signals")
        assert cache.get(LATEST_ARTICLES_KEY) == ["old"]  # kept until the commit
    assert cache.get(LATEST_ARTICLES_KEY) is None
    cache.set(LATEST_ARTICLES_KEY, ["Signals"])
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
    assert cache.get(LATEST_ARTICLES_KEY) is None


def test_a_rollback_keeps_the_cached_list(django_capture_on_commit_callbacks):
    cache.set(LATEST_ARTICLES_KEY, ["old"])
    with django_capture_on_commit_callbacks(execute=False):
        Article.objects.create(title="Rolled back")
    assert cache.get(LATEST_ARTICLES_KEY) == ["old"]
    cache.delete(LATEST_ARTICLES_KEY)


def test_other_senders_do_not_trigger_it():
    # sender is matched by identity: a proxy model is a different class, so a different sender.
    cache.set(LATEST_ARTICLES_KEY, ["old"])
    FeaturedArticle.objects.create(title="Proxy")
    assert cache.get(LATEST_ARTICLES_KEY) == ["old"]
    cache.delete(LATEST_ARTICLES_KEY)


@pytest.mark.django_db(transaction=True, databases=["default", "other"])
def test_the_callback_waits_for_the_database_the_article_is_saved_to():
    from django.db import transaction

    cache.set(LATEST_ARTICLES_KEY, ["old"])
    with transaction.atomic(using="other"):
        Article.objects.using("other").create(title="Elsewhere")
        assert cache.get(LATEST_ARTICLES_KEY) == ["old"]  # "other" has not committed yet
    assert cache.get(LATEST_ARTICLES_KEY) is None


def test_during_a_bulk_import_it_does_nothing(django_capture_on_commit_callbacks):
    from connecting.pausing import bulk_import

    with django_capture_on_commit_callbacks() as callbacks, bulk_import():
        Article.objects.create(title="Imported")
    assert callbacks == []
