import pytest
from django.core.cache import cache
from django.db import connection
from django.db.models.signals import post_delete, pre_delete
from django.test.utils import CaptureQueriesContext

from performance.models import Comment, Document
from recipes.models import Label

pytestmark = pytest.mark.django_db


def test_forgets_a_deleted_comment(answer):
    comment = Comment.objects.create(document=Document.objects.create(title="d"), text="hi")
    key = f"comment:{comment.pk}"  # delete() sets comment.pk to None
    cache.set(key, "cached")
    comment.delete()
    assert cache.get(key) is None


def test_other_models_keep_fast_deletes(answer):
    listened = [
        model.__name__
        for model in (Label, Document)
        if pre_delete.has_listeners(model) or post_delete.has_listeners(model)
    ]
    assert listened == []


def test_other_deletes_stay_one_query(answer):
    # recipes.Label: no relation, no receiver of its own, so a fast delete is one DELETE.
    Label.objects.bulk_create(Label(name=f"label {n}") for n in range(3))
    with CaptureQueriesContext(connection) as queries:
        Label.objects.all().delete()
    assert [query["sql"].split()[0] for query in queries] == ["DELETE"]
