"""A Signal() takes no providing_args any more; the arguments are documented instead."""

import pytest
from django.dispatch import Signal

from custom_signals import signals


def test_the_signal_documents_its_arguments():
    for argument in ("sender", "order", "tracking_number"):
        assert f"{argument}:" in signals.__doc__


def test_providing_args_was_removed_in_django_4():
    with pytest.raises(TypeError, match="providing_args"):
        Signal(providing_args=["order"])


def test_send_returns_each_receivers_reply():
    signal = Signal()

    def first(sender, **kwargs):
        return 1

    def second(sender, **kwargs):
        return None

    signal.connect(first)
    signal.connect(second)
    assert signal.send(sender=None) == [(first, 1), (second, None)]
