import pytest
from django.db.models import F
from django.db.models.signals import pre_save

from request_signals.models import Counter

pytestmark = pytest.mark.django_db


def stored():
    return Counter.objects.filter(name="requests").values_list("value", flat=True).first()


def test_counts_each_request(answer, client):
    client.get("/")
    client.get("/")
    assert stored() == 2


def test_no_increment_is_lost(answer, client):
    Counter.objects.create(name="requests", value=10)
    others = []

    def another_worker(sender, **kwargs):
        # Another process increments the row just before this save writes it.
        others.append(Counter.objects.filter(name="requests").update(value=F("value") + 1))

    pre_save.connect(another_worker, sender=Counter)
    try:
        client.get("/")
    finally:
        pre_save.disconnect(another_worker, sender=Counter)
    assert stored() == 10 + 1 + sum(others)
