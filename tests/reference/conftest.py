"""Fixtures of the reference tests: spy on a signal, read the logs (`connect` is in tests/conftest.py).

``spy`` records every keyword argument a signal really sends, so each test can pin
the exact argument list the reference page documents, on each Django version.
"""

import logging

import pytest


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
