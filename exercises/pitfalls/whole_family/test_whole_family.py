import pytest

from pitfalls.models import Article, Landmark, Place, Restaurant

pytestmark = pytest.mark.django_db


def test_a_place(answer):
    Place.objects.create(name="Azadi Tower")
    assert answer.saved == ["Azadi Tower"]


def test_a_restaurant(answer):
    Restaurant.objects.create(name="Shandiz")
    assert answer.saved == ["Shandiz"]


def test_a_landmark(answer):
    Landmark.objects.create(name="Naqsh-e Jahan")
    assert answer.saved == ["Naqsh-e Jahan"]


def test_not_for_other_models(answer):
    Article.objects.create(body="not a place")
    assert answer.saved == []
