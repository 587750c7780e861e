"""Every signal Django documents: its group in the reference, its import path, its first version.

``tests/reference/test_catalogue.py`` compares this list with the ``Signal``
objects Django really defines, so a Django release that adds a signal fails the
tests until the reference (and this list) documents it.
"""

from typing import NamedTuple


class BuiltInSignal(NamedTuple):
    name: str
    module: str  # the documented import path
    group: str  # the reference page: docs/reference/<group>.md
    since: tuple[int, int] = (1, 0)  # the first Django version that sends it


BUILT_IN_SIGNALS = [
    BuiltInSignal("pre_init", "django.db.models.signals", "model"),
    BuiltInSignal("post_init", "django.db.models.signals", "model"),
    BuiltInSignal("pre_save", "django.db.models.signals", "model"),
    BuiltInSignal("post_save", "django.db.models.signals", "model"),
    BuiltInSignal("pre_delete", "django.db.models.signals", "model"),
    BuiltInSignal("post_delete", "django.db.models.signals", "model"),
    BuiltInSignal("m2m_changed", "django.db.models.signals", "model"),
    BuiltInSignal("class_prepared", "django.db.models.signals", "model"),
    BuiltInSignal("pre_migrate", "django.db.models.signals", "management"),
    BuiltInSignal("post_migrate", "django.db.models.signals", "management"),
    BuiltInSignal("request_started", "django.core.signals", "request"),
    BuiltInSignal("request_finished", "django.core.signals", "request"),
    BuiltInSignal("got_request_exception", "django.core.signals", "request"),
    BuiltInSignal("setting_changed", "django.test.signals", "test"),
    BuiltInSignal("template_rendered", "django.test.signals", "test"),
    BuiltInSignal("connection_created", "django.db.backends.signals", "database"),
    BuiltInSignal("task_enqueued", "django.tasks.signals", "tasks", since=(6, 0)),
    BuiltInSignal("task_started", "django.tasks.signals", "tasks", since=(6, 0)),
    BuiltInSignal("task_finished", "django.tasks.signals", "tasks", since=(6, 0)),
    BuiltInSignal("user_logged_in", "django.contrib.auth.signals", "auth"),
    BuiltInSignal("user_logged_out", "django.contrib.auth.signals", "auth"),
    BuiltInSignal("user_login_failed", "django.contrib.auth.signals", "auth"),
]

# Signals Django defines but does not document: internal, may change without notice.
UNDOCUMENTED = {
    "autoreload_started": "django.utils.autoreload",
    "file_changed": "django.utils.autoreload",
}


def label(name: str) -> str:
    """The reference's label of a signal's section: ``post_save`` -> ``signal-post-save``."""
    return "signal-" + name.replace("_", "-")
