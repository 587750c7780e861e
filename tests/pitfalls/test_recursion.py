"""Saving inside post_save loops; update_fields and QuerySet.update() do not."""

import pytest
from django.db.models.signals import post_save

from pitfalls import recursion
from pitfalls.models import Article

pytestmark = pytest.mark.django_db


def test_saving_the_instance_again_recurses_until_python_gives_up():
    post_save.connect(recursion.count_words_forever, sender=Article)
    try:
        with pytest.raises(RecursionError):
            Article.objects.create(body="one two three")
    finally:
        post_save.disconnect(recursion.count_words_forever, sender=Article)


def test_update_fields_stops_the_loop(django_assert_num_queries):
    with django_assert_num_queries(2):  # INSERT, then one UPDATE of word_count
        article = Article.objects.create(body="one two three")
    article.refresh_from_db()
    assert article.word_count == 3


def test_a_save_that_keeps_the_count_costs_no_second_update(django_assert_num_queries):
    article = Article.objects.create(body="one two three")
    with django_assert_num_queries(1):  # the UPDATE of save() only
        article.save()


def test_update_fields_naming_body_and_word_count_still_recounts():
    article = Article.objects.create(body="one two three")
    article.body, article.word_count = "one", 99  # a caller's stale count
    article.save(update_fields=["body", "word_count"])
    article.refresh_from_db()
    assert article.word_count == 1


def test_loaddata_keeps_the_fixtures_count():
    from django.core import serializers

    data = '[{"model": "pitfalls.article", "pk": 5, "fields": {"body": "one two", "word_count": 7}}]'
    for obj in serializers.deserialize("json", data):
        obj.save()  # what loaddata does: raw=True
    assert Article.objects.get(pk=5).word_count == 7


def test_queryset_update_sends_no_signal(keep_receiver_order):
    keep_receiver_order(post_save)
    with recursion_off():
        post_save.connect(recursion.count_words_with_update, sender=Article)
        try:
            article = Article.objects.create(body="one two")
        finally:
            post_save.disconnect(recursion.count_words_with_update, sender=Article)
    article.refresh_from_db()
    assert article.word_count == 2


class recursion_off:
    """Disconnect the app's own count_words receiver for the block."""

    def __enter__(self):
        post_save.disconnect(sender=Article, dispatch_uid="pitfalls.count_words")

    def __exit__(self, *exc):
        post_save.connect(recursion.count_words, sender=Article, dispatch_uid="pitfalls.count_words")


@pytest.mark.django_db(databases=["default", "other"])
def test_queryset_update_writes_to_the_database_the_row_is_on(keep_receiver_order):
    keep_receiver_order(post_save)
    with recursion_off():
        post_save.connect(recursion.count_words_with_update, sender=Article)
        try:
            article = Article.objects.using("other").create(body="one two")
        finally:
            post_save.disconnect(recursion.count_words_with_update, sender=Article)
    assert Article.objects.using("other").get(pk=article.pk).word_count == 2


def test_a_save_of_word_count_alone_is_taken_as_written():
    # update_fields == {"word_count"} is the receiver's own save: it returns at once,
    # so a caller that saves the count alone stores what it wrote.
    article = Article.objects.create(body="one two three")
    article.word_count = 99
    article.save(update_fields=["word_count"])
    article.refresh_from_db()
    assert article.word_count == 99


def test_the_receiver_saves_the_count_alone(connect):
    saves = []
    connect(post_save, lambda sender, update_fields, **kw: saves.append(update_fields), sender=Article, weak=False)
    Article.objects.create(body="one two three")
    assert saves == [frozenset({"word_count"}), None]  # the receiver's own save, nested in the first
