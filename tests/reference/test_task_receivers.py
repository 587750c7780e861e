"""The tasks signals (Django 6.0+), sent by the immediate backend as a task runs."""

import django
import pytest
from django.test import override_settings

from reference import task_receivers as r
from tests.utils import django_from

pytestmark = django_from("6.0", reason="django.tasks and its signals exist")

if django.VERSION >= (6, 0):
    # Imported here, not in a test: importing it connects Django's own
    # setting_changed receiver, which the leak check would blame on the test.
    from django.tasks import signals

IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def task_signals(connect, spy):
    for name in ("task_enqueued", "task_started", "task_finished"):
        connect(getattr(signals, name), getattr(r, f"log_{name}"))
    return spy(signals.task_finished)


@override_settings(TASKS=IMMEDIATE)
def test_a_successful_task(task_signals, logged):
    from django.tasks.backends.immediate import ImmediateBackend

    from reference.tasks import add

    result = add.enqueue(2, 3)
    assert result.return_value == 5
    assert logged("task_enqueued") == [("ImmediateBackend", "add", "READY")]
    assert logged("task_started") == [("ImmediateBackend", "add", "RUNNING")]
    assert logged("task_finished") == [("ImmediateBackend", "add", "SUCCESSFUL")]
    assert task_signals[0]["sender"] is ImmediateBackend and task_signals[0]["task_result"] is result
    assert set(task_signals[0]) == {"signal", "sender", "task_result"}


@override_settings(TASKS=IMMEDIATE)
def test_a_failing_task_still_sends_task_finished(task_signals, logged):
    from reference.tasks import fail

    result = fail.enqueue()
    assert logged("task_finished") == [("ImmediateBackend", "fail", "FAILED")]
    assert result.errors[0].exception_class_path == "builtins.ValueError"


@override_settings(TASKS={"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}})
def test_the_dummy_backend_only_enqueues(task_signals, logged):
    from reference.tasks import add

    add.enqueue(2, 3)
    assert logged("task_enqueued") == [("DummyBackend", "add", "READY")]
    assert logged("task_started") == logged("task_finished") == []
