"""Who changed which fields, from what, to what; nothing for fixtures and bulk updates."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction

from recipes.models import Article, AuditEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return get_user_model().objects.create_user("editor")


def trail(article, using="default"):
    entries = AuditEntry.objects.using(using).filter(article_id=article.pk).order_by("pk")
    return [(entry.user_id and entry.user.username, entry.field, entry.old, entry.new) for entry in entries]


def test_creating_records_every_tracked_field(editor):
    article = Article.objects.create(title="Draft", edited_by=editor)
    assert trail(article) == [("editor", "title", None, "Draft"), ("editor", "status", None, "draft")]


def test_a_change_records_old_and_new_values_only(editor):
    article = Article.objects.create(title="Draft")
    article.title, article.edited_by = "Final", editor
    article.save()
    assert trail(article)[2:] == [("editor", "title", "Draft", "Final")]


def test_a_save_that_changes_nothing_records_nothing():
    article = Article.objects.create(title="Draft")
    article.save()
    assert len(trail(article)) == 2


def test_update_fields_limits_what_is_compared():
    article = Article.objects.create(title="Draft")
    article.title, article.status = "Not saved", "published"
    article.save(update_fields=["status"])
    assert trail(article)[2:] == [(None, "status", "draft", "published")]


def test_the_old_values_come_from_the_database_not_the_instance():
    article = Article.objects.create(title="Draft")
    stale = Article.objects.get(pk=article.pk)
    article.title = "Second"
    article.save()
    stale.status = "published"
    stale.save()  # writes its stale title too: the trail says so
    assert trail(article)[3:] == [(None, "title", "Second", "Draft"), (None, "status", "draft", "published")]


def test_a_rollback_takes_the_entries_with_the_change():
    article = Article.objects.create(title="Draft")
    with pytest.raises(RuntimeError), transaction.atomic():
        article.title = "Final"
        article.save()
        raise RuntimeError
    assert len(trail(article)) == 2


def test_queryset_update_leaves_no_trail():
    article = Article.objects.create(title="Draft")
    Article.objects.filter(pk=article.pk).update(status="published")
    assert len(trail(article)) == 2


def test_loaddata_records_nothing():
    call_command("loaddata", "recipes", verbosity=0)
    assert Article.objects.filter(title="Loaded").exists()
    assert not AuditEntry.objects.exists()


@pytest.mark.django_db(databases=["default", "other"])
def test_the_trail_is_kept_on_the_database_of_the_article():
    article = Article.objects.using("other").create(title="Draft")
    article.title = "Final"
    article.save(using="other")
    assert trail(article, using="other")[2:] == [(None, "title", "Draft", "Final")]
    assert not AuditEntry.objects.exists()
