"""Hidden tests of the exercise: the learner's module arrives as ``answer`` (exercises/conftest.py)."""

import pytest

from connecting.models import Article
from transactions.models import Account


@pytest.mark.django_db
def test_records_a_new_article(answer):
    Article.objects.create(title="Signals, verified")
    assert answer.published == ["Signals, verified"], "a new Article's title should be in published"


@pytest.mark.django_db
def test_ignores_updates(answer):
    article = Article.objects.create(title="Draft")
    article.title = "Final"
    article.save()
    assert answer.published.count("Final") == 0, "an update should not count as a publication"


@pytest.mark.django_db
def test_ignores_other_models(answer):
    Account.objects.create(email="ada@example.com")
    assert answer.published == [], "saving an Account should not reach the receiver"
