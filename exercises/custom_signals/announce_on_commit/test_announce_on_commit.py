from unittest import mock

import pytest
from django.db import transaction

from custom_signals.models import Order


@pytest.fixture
def handler(answer):
    handler = mock.Mock()
    answer.order_cancelled.connect(handler, weak=False)
    yield handler
    answer.order_cancelled.disconnect(handler)


@pytest.mark.django_db
def test_receivers_hear_the_cancellation(answer, handler, django_capture_on_commit_callbacks):
    order = Order.objects.create(customer_email="ada@example.com")
    order_id = order.pk
    with django_capture_on_commit_callbacks(execute=True):
        answer.cancel(order)
    handler.assert_called_once_with(
        signal=answer.order_cancelled, sender=Order, order_id=order_id, customer_email="ada@example.com"
    )


@pytest.mark.django_db
def test_nothing_before_the_commit(answer, handler, django_capture_on_commit_callbacks):
    order = Order.objects.create(customer_email="ada@example.com")
    with django_capture_on_commit_callbacks(execute=False):
        answer.cancel(order)
    handler.assert_not_called()


@pytest.mark.django_db(transaction=True)
def test_a_rollback_announces_nothing(answer, handler):
    order = Order.objects.create(customer_email="ada@example.com")
    with pytest.raises(RuntimeError), transaction.atomic():
        answer.cancel(order)
        raise RuntimeError("rolled back")
    handler.assert_not_called()
    assert Order.objects.filter(customer_email="ada@example.com").exists()
