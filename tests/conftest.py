"""Shared fixtures: signal hygiene for every test.

Each test must leave every signal with the receivers it found (Django's own
tests/signals/tests.py guards against the same leak, born of ticket #9989).
"""

import gc
import weakref

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


def connected(signal):
    """Lookup key -> stored references (receiver, and on Django 6 sender) of each receiver."""
    return {key: refs for key, *refs, _is_async in list(signal.receivers)}


def collected(refs):
    # A weak receiver (or, on Django 6, its sender) that the garbage collector freed
    # during the test is not a leak: it is dropped at the next send or connect.
    return any(isinstance(ref, weakref.ReferenceType) and ref() is None for ref in refs)


@pytest.fixture(autouse=True)
def no_receiver_leaks():
    """Fail a test that leaves a receiver connected to a built-in signal, or removes one."""
    before = {name: connected(signal) for name, signal in WATCHED.items()}
    yield
    problems = changes(before)
    if problems:
        # Objects in reference cycles (e.g. model states rendered by migrate) connect
        # weakly and die only when the cycle collector runs: collect once, look again.
        gc.collect()
        problems = changes(before)
    assert not problems, f"receivers left connected or removed: {problems}"


def changes(before):
    problems = {}
    for name, signal in WATCHED.items():
        after = connected(signal)
        added = [key for key in after.keys() - before[name].keys() if not collected(after[key])]
        removed = [key for key in before[name].keys() - after.keys() if not collected(before[name][key])]
        if added or removed:
            problems[name] = {"left connected": len(added), "disconnected, not restored": len(removed)}
    return problems


def pytest_report_header(config):
    import django

    return f"Django {django.get_version()}"
