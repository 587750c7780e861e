import contextlib
import logging
from unittest import mock

import pytest

from custom_signals.models import Order
from custom_signals.signals import order_shipped

pytestmark = pytest.mark.django_db


def broken(sender, **kwargs):
    raise ConnectionError("analytics service down")


@pytest.fixture
def order():
    return Order.objects.create(customer_email="ada@example.com")


@pytest.fixture
def later():
    """A failing receiver, then one connected after it."""
    later = mock.Mock()
    order_shipped.connect(broken)
    order_shipped.connect(later, weak=False)
    yield later
    order_shipped.disconnect(later)
    order_shipped.disconnect(broken)


def test_a_failure_does_not_reach_the_caller(answer, order, later):
    answer.announce_shipment(order, "T-1")


def test_later_receivers_still_run(answer, order, later):
    with contextlib.suppress(ConnectionError):
        answer.announce_shipment(order, "T-1")
    assert later.called


def test_returns_the_failed_receivers(answer, order, later):
    try:
        failed = answer.announce_shipment(order, "T-1")
    except ConnectionError:
        failed = "raised ConnectionError"
    assert failed == [broken]


def test_the_failure_is_logged(answer, order, later, caplog):
    with caplog.at_level(logging.ERROR), contextlib.suppress(ConnectionError):
        answer.announce_shipment(order, "T-1")
    assert any(record.exc_info and "analytics service down" in record.getMessage() for record in caplog.records)


def test_no_failure_no_report(answer, order):
    assert answer.announce_shipment(order, "T-1") == []
