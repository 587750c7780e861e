"""Enqueue a task on commit (Django 6.0+: django.tasks does not exist in 5.2)."""

import django
import pytest
from django.db import transaction
from django.db.models.signals import post_save
from django.test import override_settings

from tests.utils import django_from
from transactions.models import Account

pytestmark = [
    django_from("6.0", reason="django.tasks is new in Django 6.0"),
    pytest.mark.django_db(transaction=True),
]

DUMMY = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}

if django.VERSION >= (6, 0):
    # Imported here, not in a test: importing django.tasks connects Django's own
    # setting_changed receiver, which the leak check would blame on the test.
    from django.tasks import task_backends


@pytest.fixture
def enqueue_welcome(connect):
    from transactions.welcome_task import enqueue_welcome

    connect(post_save, enqueue_welcome, sender=Account)


@override_settings(TASKS=DUMMY)
def test_the_task_is_enqueued_only_after_commit(enqueue_welcome):
    backend = task_backends["default"]
    backend.clear()
    with transaction.atomic():
        Account.objects.create(email="ada@example.com")
        assert backend.results == []
    [result] = backend.results
    assert (result.task.name, result.args) == ("welcome", ["ada@example.com"])


@override_settings(TASKS=DUMMY)
def test_a_rollback_enqueues_nothing(enqueue_welcome):
    backend = task_backends["default"]
    backend.clear()
    with pytest.raises(RuntimeError), transaction.atomic():
        Account.objects.create(email="ada@example.com")
        raise RuntimeError
    assert backend.results == []


@override_settings(TASKS=IMMEDIATE)
def test_the_immediate_backend_runs_it_at_commit(enqueue_welcome, mailoutbox):
    with transaction.atomic():
        Account.objects.create(email="ada@example.com")
        Account.objects.get().save()  # an update enqueues nothing
        assert mailoutbox == []
    assert [m.to for m in mailoutbox] == [["ada@example.com"]]


@override_settings(TASKS=DUMMY)
@pytest.mark.django_db(transaction=True, databases=["default", "other"])
def test_the_task_waits_for_the_database_the_row_is_saved_to(enqueue_welcome):
    backend = task_backends["default"]
    backend.clear()
    with transaction.atomic(using="other"):
        Account.objects.using("other").create(email="ada@example.com")
        assert backend.results == []  # "other" has not committed yet
    assert len(backend.results) == 1
