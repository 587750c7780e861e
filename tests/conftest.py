"""Shared fixtures: signal hygiene for every test.

Each test must leave every signal with the receivers it found (Django's own
tests/signals/tests.py guards against the same leak, born of ticket #9989).
"""

import pytest
from django.core import signals as core_signals
from django.db.models import signals as model_signals
from django.dispatch import Signal

WATCHED = {
    name: signal
    for module in (model_signals, core_signals)
    for name, signal in vars(module).items()
    if isinstance(signal, Signal)
}


def live_receivers(signal):
    # Weak receivers that were garbage collected (e.g. after a test's gc.collect())
    # stay in .receivers until the next send/connect: they are not a leak, so drop
    # them first (private API, same in Django 5.2 and 6.1).
    with signal.lock:
        signal._clear_dead_receivers()
        return len(signal.receivers)


@pytest.fixture(autouse=True)
def no_receiver_leaks():
    """Fail a test that connects a receiver to a built-in signal and leaves it."""
    before = {name: live_receivers(signal) for name, signal in WATCHED.items()}
    yield
    after = {name: live_receivers(signal) for name, signal in WATCHED.items()}
    leaked = {name: (before[name], after[name]) for name in before if before[name] != after[name]}
    assert not leaked, f"receivers left connected (before, after): {leaked}"


def pytest_report_header(config):
    import django

    return f"Django {django.get_version()}"
