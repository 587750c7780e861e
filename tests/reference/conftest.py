"""Fixtures of the reference tests: connect for one test, spy on a signal, read the logs.

``spy`` records every keyword argument a signal really sends, so each test can pin
the exact argument list the reference page documents, on each Django version.
"""

import logging

import pytest


@pytest.fixture
def connect():
    """Connect receivers for one test; every one is disconnected afterwards."""
    connected = []

    def _connect(signal, receiver, sender=None, **options):
        signal.connect(receiver, sender=sender, **options)
        connected.append((signal, receiver, sender))

    yield _connect
    for signal, receiver, sender in connected:
        disconnected = signal.disconnect(receiver, sender=sender)
        # With a lazy sender ("app_label.Model") ModelSignal.disconnect() returns None
        # even when it disconnected; the leak check still proves the receiver is gone.
        assert disconnected or isinstance(sender, str)
    connected.clear()  # pytest keeps fixture values until the end: release what they saw


@pytest.fixture
def spy(connect):
    """``spy(signal, sender=None)`` -> a list that collects the kwargs of each send."""

    def _spy(signal, sender=None):
        calls = []

        def record(**kwargs):
            calls.append(kwargs)

        connect(signal, record, sender=sender, weak=False)
        return calls

    return _spy


@pytest.fixture
def logged(caplog):
    """``logged("post_save")`` -> the arguments of each log line the receivers wrote."""
    caplog.set_level(logging.INFO, logger="reference")

    def _logged(event):
        return [
            record.args for record in caplog.records
            if record.name.startswith("reference.") and record.msg.startswith(event + " ")
        ]  # fmt: skip

    return _logged
