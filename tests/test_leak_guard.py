"""The leak guard of tests/conftest.py: it watches every signal, and no fixture can replace it.

The proof runs pytest on a copy of tests/testing_signals/test_fixtures.py (the
module that imports the teaching fixture ``no_receiver_leaks``) with tests that
leak added to it: each one must fail, naming the signal it leaked on.
"""

import os
import subprocess
import sys
from pathlib import Path

import django
from django.dispatch import Signal

from reference.catalogue import BUILT_IN_SIGNALS

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
GUARD = TESTS / "conftest.py"


def guard_module():
    """tests/conftest.py as pytest loaded it (its module name depends on the import mode)."""
    return next(m for m in list(sys.modules.values()) if getattr(m, "__file__", None) == str(GUARD))


def test_the_guard_watches_every_signal_this_django_defines():
    watched = guard_module().watched()
    expected = {f"{s.module}.{s.name}" for s in BUILT_IN_SIGNALS if django.VERSION[:2] >= s.since}
    assert expected <= set(watched), f"unwatched: {expected - set(watched)}"
    assert ("django.tasks.signals.task_enqueued" in watched) == (django.VERSION >= (6, 0))


def test_the_guard_watches_the_examples_own_signals():
    watched = set(map(id, guard_module().watched().values()))
    # An oracle independent of the guard's reading of the source: every Signal
    # object held by an example module imported so far.
    examples = ROOT / "examples"
    held = {
        f"{module.__name__}.{name}"
        for module in list(sys.modules.values())
        if str(getattr(module, "__file__", None) or "").startswith(str(examples))
        for name, value in vars(module).items()
        if isinstance(value, Signal) and id(value) not in watched
    }
    assert not held, f"example signals the guard does not watch: {sorted(held)}"
    assert {"custom_signals.signals.order_shipped", "pitfalls.signals.cache_cleared"} <= set(guard_module().watched())


LEAKS = {
    "auth": "django.contrib.auth.signals.user_logged_in",
    "core": "django.core.signals.got_request_exception",
    "test": "django.test.signals.setting_changed",
    "database": "django.db.backends.signals.connection_created",
    "model": "django.db.models.signals.m2m_changed",
    "example": "custom_signals.signals.order_shipped",
}
if django.VERSION >= (6, 0):
    LEAKS["tasks"] = "django.tasks.signals.task_finished"

LEAKING_TESTS = """

import importlib


def _leak(**kwargs):
    pass


@pytest.mark.parametrize("where", {leaks!r})
def test_leaks(no_receiver_leaks, where):  # noqa: F811
    module, name = where.rsplit(".", 1)
    getattr(importlib.import_module(module), name).connect(_leak, weak=False)
"""


def test_a_leak_fails_even_in_the_module_that_imports_the_teaching_fixture(tmp_path):
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    (tmp_path / "tests" / "testing_signals").mkdir(parents=True)
    (tmp_path / "tests" / "conftest.py").write_bytes(GUARD.read_bytes())
    module = (TESTS / "testing_signals" / "test_fixtures.py").read_text(encoding="utf-8")
    leaking = tmp_path / "tests" / "testing_signals" / "test_fixtures.py"
    leaking.write_text(module + LEAKING_TESTS.format(leaks=list(LEAKS.values())), encoding="utf-8")
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\nDJANGO_SETTINGS_MODULE = signals_site.settings\npythonpath = examples\n"
        "asyncio_default_fixture_loop_scope = function\naddopts = --import-mode=importlib -p no:cacheprovider\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rE", "tests"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, env={**os.environ, "COLUMNS": "1000"},
    )  # fmt: skip
    errors = [line for line in result.stdout.splitlines() if line.startswith("ERROR ")]
    for signal in LEAKS.values():
        assert any(f"[{signal}]" in line and "receivers left connected" in line for line in errors), (
            f"a leak on {signal} passed unnoticed:\n{result.stdout[-3000:]}"
        )
    # The leaking tests pass their own assertions and error in the guard's teardown.
    own_tests = module.count("\ndef test_")  # test_fixtures.py's own tests, which pass
    assert f"{len(LEAKS) + own_tests} passed, {len(LEAKS)} errors" in result.stdout, result.stdout[-3000:]


def test_the_guard_notices_receivers_put_in_another_order_and_the_fixture_puts_them_back():
    """Receivers run in the order they were connected: one disconnected and connected
    again lands last, and every later send in the session runs them in another order
    (``keep_receiver_order`` calls ``put_back_in_order``)."""
    guard = guard_module()
    name = "custom_signals.signals.order_shipped"
    signal = guard.watched()[name]

    def first(**kwargs):
        pass

    def second(**kwargs):
        pass

    signal.connect(first, dispatch_uid="first")
    signal.connect(second, dispatch_uid="second")
    try:
        before = {watched: guard.connected(s) for watched, s in guard.watched().items()}
        assert guard.changes(before) == {}
        signal.disconnect(dispatch_uid="first")
        signal.connect(first, dispatch_uid="first")  # the same receivers, now second before first
        assert guard.changes(before) == {
            name: {"left connected": 0, "disconnected, not restored": 0, "reordered": True}
        }
        guard.put_back_in_order(signal, list(before[name]))
        assert guard.changes(before) == {}
        assert guard.receiver_keys(signal) == list(before[name])
    finally:
        signal.disconnect(dispatch_uid="first")
        signal.disconnect(dispatch_uid="second")
