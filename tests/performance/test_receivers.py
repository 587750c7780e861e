"""What a receiver costs, counted in queries: it turns off fast deletes and fast adds."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.db.models.deletion import Collector
from django.db.models.signals import m2m_changed, post_delete, pre_delete
from django.test.utils import CaptureQueriesContext

from performance.models import Comment, Document, Label
from performance.receivers import forget_comment, forget_labels

pytestmark = pytest.mark.django_db


@pytest.fixture
def document():
    document = Document.objects.create(title="Signals")
    Comment.objects.bulk_create(Comment(document=document, text=str(n)) for n in range(50))
    return document


def sql_of(block):
    with CaptureQueriesContext(connection) as queries:
        block()
    return [query["sql"].split(" ", 1)[0] for query in queries.captured_queries]


def test_without_receivers_a_queryset_delete_is_one_delete(document):
    assert Collector(using="default").can_fast_delete(Comment.objects.all())
    assert sql_of(lambda: Comment.objects.filter(document=document).delete()) == ["DELETE"]


@pytest.mark.parametrize("signal", [pre_delete, post_delete])
def test_a_delete_receiver_loads_every_row_first(document, signal, connect):
    calls = []
    connect(signal, lambda sender, **kwargs: calls.append(kwargs["instance"].pk), sender=Comment)
    assert not Collector(using="default").can_fast_delete(Comment.objects.all())
    assert sql_of(lambda: Comment.objects.filter(document=document).delete()) == ["SELECT", "DELETE"]
    assert len(calls) == 50  # one call per row, with the row loaded as a model instance


def test_a_receiver_for_any_sender_turns_fast_deletes_off_for_every_model(connect):
    from reference.models import Order  # a model of another app

    assert Collector(using="default").can_fast_delete(Order.objects.all())
    connect(post_delete, forget_comment)  # no sender
    assert not Collector(using="default").can_fast_delete(Order.objects.all())


def test_a_cascade_turns_into_select_then_delete_too(document, connect):
    def sql_of_cascade():
        with CaptureQueriesContext(connection) as queries:
            Document.objects.get(pk=document.pk).delete()
        return [query["sql"] for query in queries.captured_queries][1:]  # after the get()

    without = sql_of_cascade()
    document.save(force_insert=True)  # the same primary key again, with its comments
    Comment.objects.bulk_create(Comment(document=document, text=str(n)) for n in range(50))
    connect(post_delete, forget_comment, sender=Comment)
    with_receiver = sql_of_cascade()
    # Without a receiver the comments go in one DELETE ... WHERE document_id IN (...);
    # with one Django first SELECTs them, to send each one to the receiver.
    assert [sql.split(" ", 1)[0] for sql in with_receiver] == ["SELECT", *(sql.split(" ", 1)[0] for sql in without)]
    assert any(
        sql.startswith('DELETE FROM "performance_comment" WHERE "performance_comment"."document_id" IN')
        for sql in without
    )
    assert with_receiver[0].startswith('SELECT "performance_comment"."id"')
    assert any(
        sql.startswith('DELETE FROM "performance_comment" WHERE "performance_comment"."id" IN') for sql in with_receiver
    )


def test_forget_comment_drops_the_cache_key(document):
    comment = document.comment_set.first()
    cache.set(f"comment:{comment.pk}", "cached")
    forget_comment(Comment, comment)
    assert cache.get(f"comment:{comment.pk}") is None


def test_without_receivers_add_is_one_insert(document):
    labels = [Label.objects.create(name=str(n)) for n in range(3)]
    assert sql_of(lambda: document.labels.add(*labels)) == ["INSERT"]


def test_an_m2m_changed_receiver_adds_a_select(document, connect):
    labels = [Label.objects.create(name=str(n)) for n in range(3)]
    connect(m2m_changed, forget_labels, sender=Document.labels.through)
    assert sql_of(lambda: document.labels.add(*labels)) == ["SELECT", "INSERT"]
    assert sql_of(lambda: document.labels.add(*labels)) == ["SELECT"]  # nothing new: no INSERT


def test_forget_labels_acts_after_the_change(document):
    cache.set(f"document:{document.pk}:labels", "cached")
    forget_labels(Document.labels.through, document, action="pre_add")
    assert cache.get(f"document:{document.pk}:labels") == "cached"
    forget_labels(Document.labels.through, document, action="post_add")
    assert cache.get(f"document:{document.pk}:labels") is None
