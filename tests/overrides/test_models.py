"""What an overridden save()/delete() and a QuerySet.delete() override catch, beside the signals."""

import pytest
from django.core.management import call_command
from django.db.models.signals import post_delete, pre_save

from overrides.models import Article, NewsFlash, Section, Tombstone
from overrides.receivers import bury, fill_search_title

pytestmark = pytest.mark.django_db


@pytest.fixture
def receivers(connect):
    connect(pre_save, fill_search_title, sender=Article)
    connect(post_delete, bury, sender=Article)


def filled(title):
    article = Article.objects.get(title=title)
    return {"save()": article.slug != "", "pre_save": article.search_title != ""}


def buried(title="a"):
    assert set(Tombstone.objects.values_list("title", flat=True)) <= {title}, "each tombstone names its article"
    return sorted(Tombstone.objects.values_list("via", flat=True))


def test_save_and_create_run_both(receivers):
    Article.objects.create(title="Both Ways")
    article = Article(title="Saved")
    article.save()
    Article.objects.get_or_create(title="Got or Created")
    assert filled("Both Ways") == filled("Saved") == filled("Got or Created") == {"save()": True, "pre_save": True}


def test_save_slugifies_the_title_and_honours_update_fields(receivers):
    article = Article.objects.create(title="Both Ways")
    assert Article.objects.get(pk=article.pk).slug == "both-ways"
    Article.objects.filter(pk=article.pk).update(slug="kept")
    article.title = "Renamed"
    article.save(update_fields=["title"])  # save() passes update_fields on: the new slug is not written
    assert Article.objects.values_list("title", "slug").get() == ("Renamed", "kept")


def test_loaddata_skips_save_but_sends_pre_save_with_raw(receivers):
    call_command("loaddata", "articles", verbosity=0)
    assert filled("From a Fixture") == {"save()": False, "pre_save": True}


def test_bulk_create_and_update_skip_both(receivers):
    Article.objects.bulk_create([Article(title="Bulk")])
    assert filled("Bulk") == {"save()": False, "pre_save": False}
    Article.objects.filter(title="Bulk").update(title="Updated")
    assert filled("Updated") == {"save()": False, "pre_save": False}


def test_instance_delete_runs_delete_and_the_signal(receivers):
    Article.objects.create(title="a").delete()
    assert buried() == ["delete()", "post_delete"]


def test_queryset_delete_runs_the_queryset_override_and_the_signal(receivers):
    Article.objects.create(title="a")
    Article.objects.all().delete()
    assert buried() == ["post_delete", "queryset"]


def test_a_cascade_runs_only_the_signal(receivers):
    section = Section.objects.create(name="News")
    Article.objects.create(title="a", section=section)
    section.delete()
    assert buried() == ["post_delete"]


def test_a_concrete_child_of_an_abstract_model_is_a_plain_model():
    assert NewsFlash.objects.create(title="x").title == "x"
