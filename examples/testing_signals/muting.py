"""Turn one receiver off for the duration of a test, then put it back as it was."""

from contextlib import contextmanager


@contextmanager
def muted(signal, receiver, sender=None, dispatch_uid=None, weak=True):
    """Disconnect ``receiver``; reconnect it on exit only if it was connected.

    Pass the ``sender`` (the class, never an "app_label.Model" string),
    ``dispatch_uid`` and ``weak`` it was connected with. Process-wide: for tests.
    """
    if isinstance(sender, str):
        raise TypeError("pass the model class: with a string, disconnect() cannot say what it removed")
    was_connected = signal.disconnect(receiver, sender=sender, dispatch_uid=dispatch_uid)
    try:
        yield
    finally:
        if was_connected:
            signal.connect(receiver, sender=sender, dispatch_uid=dispatch_uid, weak=weak)
