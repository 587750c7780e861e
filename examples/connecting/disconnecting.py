"""Disconnect a receiver for a block of code, and reconnect it: process-wide, so mind the cost."""

from contextlib import contextmanager


@contextmanager
def receiver_disconnected(signal, receiver, sender=None, dispatch_uid=None):
    # disconnect() returns True only if something was connected: reconnect only then.
    was_connected = signal.disconnect(receiver, sender=sender, dispatch_uid=dispatch_uid)
    try:
        yield was_connected
    finally:
        if was_connected:
            signal.connect(receiver, sender=sender, dispatch_uid=dispatch_uid)
