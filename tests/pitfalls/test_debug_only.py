"""The **kwargs check runs only with DEBUG=True; with DEBUG=False the failure moves to send()."""

import logging

import pytest
from django.dispatch import Signal

from pitfalls.debug_only import on_ping


def test_debug_true_refuses_the_receiver_at_connect(settings):
    settings.DEBUG = True
    with pytest.raises(ValueError, match=r"must accept keyword arguments \(\*\*kwargs\)"):
        Signal().connect(on_ping)


def test_debug_false_connects_it_and_send_fails_later(settings):
    settings.DEBUG = False
    signal = Signal()
    signal.connect(on_ping)
    with pytest.raises(TypeError, match="unexpected keyword argument 'signal'"):
        signal.send(sender=None)


def test_send_robust_turns_that_failure_into_a_log_line(settings, caplog):
    settings.DEBUG = False
    signal = Signal()
    signal.connect(on_ping)
    with caplog.at_level(logging.ERROR, logger="django.dispatch"):
        [(receiver, reply)] = signal.send_robust(sender=None)
    assert isinstance(reply, TypeError)
    assert caplog.messages == [f"Error calling on_ping in Signal.send_robust() ({reply})"]


def test_called_directly_it_works():
    assert on_ping(sender=None) == "pong"
