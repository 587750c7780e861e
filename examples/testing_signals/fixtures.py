"""pytest fixtures for signal tests: import them into your conftest.py."""

from contextlib import contextmanager

import pytest
from django.db.models import signals as model_signals

MODEL_SIGNALS = (model_signals.pre_save, model_signals.post_save, model_signals.pre_delete, model_signals.post_delete)


@contextmanager
def receivers_unchanged(*signals):
    """Fail if the block leaves any of ``signals`` with more or fewer receivers."""
    before = [len(signal.receivers) for signal in signals]
    yield
    after = [len(signal.receivers) for signal in signals]
    assert after == before, f"receivers left connected or removed: {before} -> {after}"


@pytest.fixture
def no_receiver_leaks():
    with receivers_unchanged(*MODEL_SIGNALS):
        yield


@pytest.fixture
def signal_calls():
    """Return ``record(signal, sender=None)``: it connects a receiver and returns its list of calls."""
    connected = []

    def record(signal, sender=None):
        calls = []

        def recorder(**kwargs):
            calls.append(kwargs)

        signal.connect(recorder, sender=sender, weak=False)
        connected.append((signal, recorder, sender))
        return calls

    yield record
    for signal, recorder, sender in connected:
        signal.disconnect(recorder, sender=sender)
