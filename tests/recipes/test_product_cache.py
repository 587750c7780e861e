"""The cached card is forgotten at the commit of a change, and not before."""

from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import transaction

from recipes.models import Product
from recipes.product_cache import card_key, product_card


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def lamp():
    return Product.objects.create(name="Lamp", price=Decimal("10.00"))


@pytest.mark.django_db(transaction=True)
def test_the_card_is_cached_and_forgotten_on_save(lamp, django_assert_num_queries):
    assert product_card(lamp.pk) == {"name": "Lamp", "price": "10.00"}
    with django_assert_num_queries(0):
        product_card(lamp.pk)  # from the cache
    lamp.price = Decimal("12.00")
    lamp.save()
    assert product_card(lamp.pk)["price"] == "12.00"


@pytest.mark.django_db(transaction=True)
def test_a_card_read_before_the_commit_does_not_survive_it(lamp):
    stale = product_card(lamp.pk)
    with transaction.atomic():
        lamp.price = Decimal("12.00")
        lamp.save()
        # Another request, which still sees the committed row, caches the old card again.
        cache.set(card_key(lamp.pk), stale)
    assert product_card(lamp.pk)["price"] == "12.00"


@pytest.mark.django_db(transaction=True)
def test_a_rollback_leaves_the_card_alone(lamp):
    product_card(lamp.pk)
    with pytest.raises(RuntimeError), transaction.atomic():
        lamp.price = Decimal("12.00")
        lamp.save()
        raise RuntimeError
    assert cache.get(card_key(lamp.pk)) == {"name": "Lamp", "price": "10.00"}


@pytest.mark.django_db(transaction=True)
def test_deleting_forgets_the_card(lamp):
    pk = lamp.pk
    product_card(pk)
    lamp.delete()
    assert cache.get(card_key(pk)) is None


@pytest.mark.django_db(transaction=True)
def test_queryset_update_sends_nothing_and_the_card_goes_stale(lamp):
    product_card(lamp.pk)
    Product.objects.filter(pk=lamp.pk).update(price=Decimal("12.00"))
    assert product_card(lamp.pk)["price"] == "10.00"  # delete the key yourself after update()


@pytest.mark.django_db(transaction=True, databases=["default", "other"])
def test_the_key_waits_for_the_database_that_saved():
    lamp = Product.objects.using("other").create(name="Lamp", price=Decimal("10.00"))
    cache.set(card_key(lamp.pk), "cached")
    with transaction.atomic(using="other"):
        lamp.save(using="other")
        assert cache.get(card_key(lamp.pk)) == "cached"
    assert cache.get(card_key(lamp.pk)) is None
