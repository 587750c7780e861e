"""A bound method receiver keeps state on its instance, and lives as long as the instance."""

from django.dispatch import Signal

from receivers.bound_method import SignalCounter


def test_bound_method_counts_per_sender():
    signal = Signal()
    counter = SignalCounter()
    signal.connect(counter.receive)
    signal.send(sender="a")
    signal.send(sender="a")
    signal.send(sender="b")
    assert counter.counts == {"a": 2, "b": 1}
    assert signal.disconnect(counter.receive)


def test_bound_method_is_weakly_referenced():
    # weak=True (the default) stores a WeakMethod: when the instance goes, so does the receiver.
    signal = Signal()
    signal.connect(SignalCounter().receive)
    assert signal.send(sender="a") == []
    assert not signal.has_listeners()
