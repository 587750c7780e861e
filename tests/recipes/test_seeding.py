"""migrate seeds the labels once per database; running it again adds nothing."""

import gc

import pytest
from django.apps import apps
from django.apps.registry import Apps
from django.core.management import call_command
from django.db.migrations.state import ProjectState
from django.db.models.signals import post_migrate
from django.utils import inspect

from recipes.models import Label
from recipes.seeding import DEFAULT_LABELS, seed_labels


@pytest.fixture
def free_migration_state():
    """Let the model states that migrate renders die before the leak check looks
    (as in tests/reference/test_management_receivers.py: two of Django's caches keep
    the last ones, and their weak setting_changed receivers, alive)."""
    yield
    Apps.get_models.cache_clear()
    inspect._get_func_parameters.cache_clear()
    gc.collect()


def names(using="default"):
    return sorted(Label.objects.using(using).values_list("name", flat=True))


@pytest.mark.django_db
def test_the_test_database_was_seeded_by_migrate():
    assert names() == sorted(DEFAULT_LABELS)


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("free_migration_state")
def test_migrate_again_restores_missing_labels_and_duplicates_none():
    Label.objects.filter(name="bug").delete()
    call_command("migrate", verbosity=0)
    call_command("migrate", verbosity=0)
    assert names() == sorted(DEFAULT_LABELS)


@pytest.mark.django_db
def test_only_this_apps_post_migrate_seeds():
    Label.objects.all().delete()
    auth = apps.get_app_config("auth")
    post_migrate.send(sender=auth, app_config=auth, verbosity=0, interactive=False, using="default", apps=apps)
    assert names() == []


@pytest.mark.django_db
def test_flush_sends_no_apps_and_the_seed_still_works():
    Label.objects.all().delete()
    seed_labels(sender=apps.get_app_config("recipes"), using="default")  # what flush sends
    assert names() == sorted(DEFAULT_LABELS)


@pytest.mark.django_db
def test_an_unmigrated_app_is_left_alone():
    Label.objects.all().delete()
    seed_labels(sender=apps.get_app_config("recipes"), using="default", apps=ProjectState().apps)
    assert names() == []


@pytest.mark.django_db(databases=["default", "other"])
def test_each_database_is_seeded_by_its_own_migrate():
    assert names("other") == sorted(DEFAULT_LABELS)


@pytest.mark.django_db(databases=["default", "other"])
def test_the_seed_writes_to_the_database_it_is_given():
    Label.objects.all().delete()
    Label.objects.using("other").all().delete()
    seed_labels(sender=apps.get_app_config("recipes"), using="other")
    assert names("other") == sorted(DEFAULT_LABELS)
    assert names() == []
