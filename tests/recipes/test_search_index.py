"""The index follows committed pages: saved ones are indexed, deleted ones removed."""

import pytest
from django.db import transaction

from recipes.models import Page
from recipes.search_index import SearchIndex, index


@pytest.fixture(autouse=True)
def empty_index():
    index.documents.clear()
    yield
    index.documents.clear()


@pytest.mark.django_db(transaction=True)
def test_saving_indexes_and_deleting_removes():
    page = Page.objects.create(title="Signals", body="post_save")
    assert index.documents == {page.pk: "Signals\npost_save"}
    pk = page.pk
    page.delete()
    assert pk not in index.documents


@pytest.mark.django_db(transaction=True)
def test_a_delete_inside_a_transaction_removes_the_right_document():
    page = Page.objects.create(title="Signals")
    pk = page.pk
    with transaction.atomic():
        page.delete()
        assert page.pk is None  # what a callback reading instance.pk would see
    assert index.documents == {}
    assert pk is not None


@pytest.mark.django_db(transaction=True)
def test_the_index_waits_for_the_commit_and_sees_the_final_text():
    with transaction.atomic():
        page = Page.objects.create(title="Draft")
        page.title = "Final"
        page.save()
        assert index.documents == {}
    assert index.documents == {page.pk: "Final\n"}


@pytest.mark.django_db(transaction=True)
def test_a_rollback_indexes_nothing():
    with pytest.raises(RuntimeError), transaction.atomic():
        Page.objects.create(title="Draft")
        raise RuntimeError
    assert index.documents == {}


@pytest.mark.django_db(transaction=True, databases=["default", "other"])
def test_the_row_is_read_from_the_database_that_saved_it():
    with transaction.atomic(using="other"):
        page = Page.objects.using("other").create(title="Elsewhere")
        assert index.documents == {}  # the callback waits for the commit on "other"
    assert index.documents == {page.pk: "Elsewhere\n"}


def test_the_stand_in_client():
    search = SearchIndex()
    search.upsert(1, "text")
    search.remove(1)
    search.remove(1)  # removing twice is fine: a retried callback must not fail
    assert search.documents == {}
