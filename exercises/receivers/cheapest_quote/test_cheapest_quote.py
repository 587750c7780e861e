from decimal import Decimal

from django.dispatch import Signal


def test_picks_the_cheapest(answer):
    assert answer.cheapest_quote({"kg": 2}) == Decimal(4)


def test_skips_carriers_without_a_price(answer):
    assert answer.cheapest_quote({"kg": 8}) == Decimal(11)


def test_no_carrier_means_no_quote(answer, monkeypatch):
    monkeypatch.setattr(answer, "quote_requested", Signal())  # a signal nobody listens to
    assert answer.cheapest_quote({"kg": 1}) is None
