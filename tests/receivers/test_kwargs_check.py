"""With DEBUG=True connect() rejects a receiver without **kwargs; with DEBUG=False nothing checks."""

import pytest

from receivers.kwargs_check import order_paid, receipt, receipt_without_kwargs


def test_debug_true_rejects_receiver_without_kwargs(settings):
    settings.DEBUG = True
    with pytest.raises(ValueError, match=r"Signal receivers must accept keyword arguments \(\*\*kwargs\)\."):
        order_paid.connect(receipt_without_kwargs)
    assert not order_paid.has_listeners()


def test_debug_true_rejects_what_is_not_callable(settings):
    settings.DEBUG = True
    with pytest.raises(TypeError, match="Signal receivers must be callable."):
        order_paid.connect("receipt")


def test_debug_false_connects_it_and_send_breaks_later(settings):
    settings.DEBUG = False
    order_paid.connect(receipt_without_kwargs)
    try:
        # Connected without complaint, it fails at the first send: every receiver gets signal=.
        with pytest.raises(TypeError, match="unexpected keyword argument 'signal'"):
            order_paid.send(sender=None, order=1)
    finally:
        assert order_paid.disconnect(receipt_without_kwargs)


def test_receiver_with_kwargs_survives_new_arguments(settings):
    settings.DEBUG = True
    order_paid.connect(receipt)
    try:
        assert order_paid.send(sender=None, order=1, channel="web") == [(receipt, "receipt for 1")]
    finally:
        assert order_paid.disconnect(receipt)


def test_called_directly_it_works_which_hides_the_bug():
    # A unit test that calls the function by hand passes; only send() reveals the problem.
    assert receipt_without_kwargs(sender=None, order=1) == "receipt for 1"
