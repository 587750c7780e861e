"""import_articles(): the receiver skips each row; the list is forgotten once, after the commit."""

import pytest
from django.core.cache import cache
from django.db import IntegrityError
from django.db.models.signals import post_save

from connecting.bulk_import import import_articles
from connecting.decorator import LATEST_ARTICLES_KEY
from connecting.models import Article


@pytest.fixture
def cached_list():
    cache.set(LATEST_ARTICLES_KEY, ["old"])
    yield
    cache.delete(LATEST_ARTICLES_KEY)


@pytest.mark.django_db
def test_one_forget_after_the_commit_not_one_per_row(cached_list, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        import_articles(["A", "B", "C"])
        assert cache.get(LATEST_ARTICLES_KEY) == ["old"]  # not before the commit
    assert len(callbacks) == 1  # the import's own; the receiver registered none
    assert cache.get(LATEST_ARTICLES_KEY) is None
    assert Article.objects.count() == 3


@pytest.mark.django_db
def test_other_receivers_still_run(connect, cached_list, django_capture_on_commit_callbacks):
    saved = []
    connect(post_save, lambda sender, instance, **kwargs: saved.append(instance.title), sender=Article)
    with django_capture_on_commit_callbacks(execute=True):
        import_articles(["A", "B"])
    assert saved == ["A", "B"]


@pytest.mark.django_db(transaction=True)
def test_a_failed_import_keeps_the_cached_list(cached_list):
    with pytest.raises(IntegrityError):
        import_articles(["A", None])  # NOT NULL: the whole import rolls back
    assert cache.get(LATEST_ARTICLES_KEY) == ["old"] and not Article.objects.exists()


@pytest.mark.django_db(databases=["default", "other"])
def test_on_another_database(cached_list, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(using="other", execute=True) as callbacks:
        import_articles(["A"], using="other")
        assert cache.get(LATEST_ARTICLES_KEY) == ["old"]  # waits for the commit on "other"
    assert len(callbacks) == 1
    assert cache.get(LATEST_ARTICLES_KEY) is None
    assert Article.objects.using("other").count() == 1 and not Article.objects.exists()


@pytest.mark.django_db(transaction=True, databases=["default", "other"])
def test_a_failed_import_on_another_database_rolls_back_there(cached_list):
    with pytest.raises(IntegrityError):
        import_articles(["A", None], using="other")
    assert cache.get(LATEST_ARTICLES_KEY) == ["old"] and not Article.objects.using("other").exists()
