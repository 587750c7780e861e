"""Rules of the tasks signals (Django 6.0+): what a receiver's exception does to enqueue()."""

import django
import pytest
from django.test import override_settings

from tests.utils import django_from

pytestmark = django_from("6.0", reason="django.tasks and its signals are new in Django 6.0")

if django.VERSION >= (6, 0):
    # Imported here, not in a test: importing django.tasks connects Django's own
    # setting_changed receiver, which the leak check would blame on the test.
    from django.tasks import signals, task_backends


def refuse(sender, **kwargs):
    raise RuntimeError("refused")


@override_settings(TASKS={"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}})
def test_a_task_enqueued_exception_escapes_enqueue_after_the_task_is_stored(connect):
    from reference.tasks import add

    backend = task_backends["default"]
    backend.clear()
    connect(signals.task_enqueued, refuse)
    with pytest.raises(RuntimeError):
        add.enqueue(2, 3)
    [result] = backend.results  # enqueued all the same
    assert result.task.name == "add"


@override_settings(TASKS={"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}})
def test_a_task_enqueued_exception_stops_the_immediate_backend_before_the_task_runs(connect, spy):
    # The immediate backend sends task_enqueued from inside enqueue(), just before it runs the task.
    from reference.tasks import add

    started, finished = spy(signals.task_started), spy(signals.task_finished)
    connect(signals.task_enqueued, refuse)
    with pytest.raises(RuntimeError):
        add.enqueue(2, 3)
    assert started == [] and finished == []  # the task never ran


@override_settings(TASKS={"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}})
def test_a_task_started_exception_stops_the_immediate_backend_before_the_task_runs(connect, spy):
    from reference.tasks import add

    finished = spy(signals.task_finished)
    connect(signals.task_started, refuse)
    with pytest.raises(RuntimeError):
        add.enqueue(2, 3)
    assert finished == []  # the task never ran, and task_finished was never sent
