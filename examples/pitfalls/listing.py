"""Which receivers are connected to a signal? Print them by module and name."""

import weakref


def connected_receivers(signal):
    """Return "module.qualname" of every receiver connected to ``signal``, for any sender."""
    names = []
    for _lookup_key, receiver, *_ in signal.receivers:
        if isinstance(receiver, weakref.ReferenceType):
            receiver = receiver()  # None if the receiver was garbage-collected
        if receiver is not None:
            names.append(f"{receiver.__module__}.{receiver.__qualname__}")
    return names


def receivers_for(signal, sender):
    """Return the receivers that a send(sender=...) would call now, in calling order."""
    sync_receivers, async_receivers = signal._live_receivers(sender)  # private API: debugging only
    return [f"{r.__module__}.{r.__qualname__}" for r in [*sync_receivers, *async_receivers]]
