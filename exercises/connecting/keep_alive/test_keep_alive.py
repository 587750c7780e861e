import gc

from django.dispatch import Signal


def test_records_every_send(answer):
    signal = Signal()
    senders = answer.start_recording(signal)
    gc.collect()
    signal.send(sender="first")
    signal.send(sender="second")
    assert senders == ["first", "second"]


def test_two_recorders_both_record(answer):
    signal = Signal()
    one, two = answer.start_recording(signal), answer.start_recording(signal)
    gc.collect()
    signal.send(sender="ping")
    assert (one, two) == (["ping"], ["ping"])
