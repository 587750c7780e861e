import pytest
from django.db.models.signals import post_save

from pitfalls.models import Article
from pitfalls.recursion import count_words
from testing_signals.muting import muted

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def only_your_receiver():
    # The page's own count_words keeps word_count right too: mute it.
    with muted(post_save, count_words, sender=Article, dispatch_uid="pitfalls.count_words"):
        yield


def stored_count(article):
    return Article.objects.get(pk=article.pk).word_count


def test_counts_words_on_create(answer):
    article = Article.objects.create(body="one two three")
    assert stored_count(article) == 3


def test_recounts_after_an_edit(answer):
    article = Article.objects.create(body="one two three")
    article.body = "one two"
    article.save()
    assert stored_count(article) == 2


def test_recounts_when_body_and_count_are_saved_together(answer):
    article = Article.objects.create(body="one two three")
    article.body = "a b c d"
    article.save(update_fields=["body", "word_count"])
    assert stored_count(article) == 4


def test_fixtures_are_stored_as_written(answer):
    article = Article(body="two words", word_count=7)
    article.save_base(raw=True)  # what loaddata does
    assert stored_count(article) == 7
