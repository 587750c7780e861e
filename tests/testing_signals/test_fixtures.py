"""The fixtures, used the way a reader's conftest.py would provide them."""

import pytest
from django.db.models.signals import post_save
from django.dispatch import Signal

from custom_signals.models import Order
from testing_signals.fixtures import no_receiver_leaks, receivers_unchanged, signal_calls  # noqa: F401


@pytest.mark.django_db
def test_signal_calls_records_each_send(no_receiver_leaks, signal_calls):  # noqa: F811
    calls = signal_calls(post_save, sender=Order)
    order = Order.objects.create(customer_email="ada@example.com")
    assert [(c["sender"], c["instance"], c["created"]) for c in calls] == [(Order, order, True)]


def test_receivers_unchanged_catches_a_leak():
    signal = Signal()

    def leaked(sender, **kwargs):
        pass

    with pytest.raises(AssertionError, match=r"\[0\] -> \[1\]"), receivers_unchanged(signal):
        signal.connect(leaked)


def test_the_fixture_watches_the_four_signals_django_checks():
    # Django's tests/signals/tests.py counts these four around each test, not every model signal.
    from django.db.models import signals

    from testing_signals.fixtures import MODEL_SIGNALS

    assert MODEL_SIGNALS == (signals.pre_save, signals.post_save, signals.pre_delete, signals.post_delete)
