"""Every receiver gets sender and signal as keyword arguments, plus the signal's own."""

from django.core.signals import request_finished
from django.dispatch import Signal

from receivers.arguments import describe_call, show_request_finished_arguments


def test_receiver_gets_sender_and_signal(db):
    # db: Django's own request_finished receiver, close_old_connections, touches the connection.
    received = show_request_finished_arguments()
    assert received["sender"] is show_request_finished_arguments
    assert received["signal"] is request_finished
    assert received["kwargs"] == {}


def test_signal_arguments_arrive_in_kwargs():
    signal = Signal()
    signal.connect(describe_call)
    try:
        [(_, reply)] = signal.send(sender="test", order=42, channel="web")
    finally:
        signal.disconnect(describe_call)
    assert reply["kwargs"] == {"order": 42, "channel": "web"}


def test_everything_is_passed_by_keyword():
    # send() calls receiver(signal=self, sender=sender, **named): no positional arguments.
    seen = []

    def only_keywords(*args, **kwargs):
        seen.append((args, sorted(kwargs)))

    signal = Signal()
    signal.connect(only_keywords)
    try:
        signal.send(sender=None, x=1)
    finally:
        signal.disconnect(only_keywords)
    assert seen == [((), ["sender", "signal", "x"])]
