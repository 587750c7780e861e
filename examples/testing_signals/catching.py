"""Assert that a signal was sent, and with what: a mock connected for one block."""

from contextlib import contextmanager
from unittest import mock


@contextmanager
def catch_signal(signal, sender=None):
    """Yield a Mock connected to ``signal`` (strongly) and disconnect it on exit."""
    handler = mock.Mock()
    signal.connect(handler, sender=sender, weak=False)
    try:
        yield handler
    finally:
        signal.disconnect(handler, sender=sender)
