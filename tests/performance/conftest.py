"""Connect a receiver for one test only: every one is disconnected afterwards."""

import pytest


@pytest.fixture
def connect():
    connected = []

    def _connect(signal, receiver, sender=None):
        signal.connect(receiver, sender=sender)
        connected.append((signal, receiver, sender))

    yield _connect
    for signal, receiver, sender in connected:
        assert signal.disconnect(receiver, sender=sender)
