"""Turn one receiver off for the duration of a block, then put it back."""

from contextlib import contextmanager


@contextmanager
def muted(signal, receiver, sender=None, dispatch_uid=None):
    """Disconnect ``receiver``; reconnect it on exit only if it was connected.

    Pass the same ``sender`` and ``dispatch_uid`` the receiver was connected with.
    """
    was_connected = signal.disconnect(receiver, sender=sender, dispatch_uid=dispatch_uid)
    try:
        yield
    finally:
        if was_connected:
            signal.connect(receiver, sender=sender, dispatch_uid=dispatch_uid)
