"""The file goes when the deletion is committed, and stays when it is rolled back."""

import pytest
from django.core.files.base import ContentFile
from django.db import transaction

from recipes.files import delete_file
from recipes.models import Document


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    # A real FileSystemStorage in a temporary folder: files are written and deleted on disk.
    settings.STORAGES = {"default": {"BACKEND": "django.core.files.storage.FileSystemStorage",
                                     "OPTIONS": {"location": tmp_path}}}  # fmt: skip
    return tmp_path


def upload(name="report.txt", using="default"):
    document = Document(title=name, file=ContentFile(b"contents", name=name))
    document.save(using=using)
    return document


def on_disk(document):
    return document.file.storage.exists(document.file.name)


@pytest.mark.django_db(transaction=True)
def test_deleting_the_row_deletes_the_file():
    document = upload()
    assert on_disk(document)
    document.delete()
    assert not on_disk(document)


@pytest.mark.django_db(transaction=True)
def test_the_file_waits_for_the_commit():
    document = upload()
    with transaction.atomic():
        document.delete()
        assert on_disk(document)  # deleted in the database's view, not committed yet
    assert not on_disk(document)


@pytest.mark.django_db(transaction=True)
def test_a_rollback_keeps_the_file_with_its_row():
    document = upload()
    with pytest.raises(RuntimeError), transaction.atomic():
        document.delete()
        raise RuntimeError
    assert Document.objects.filter(title="report.txt").exists()
    assert on_disk(document)


@pytest.mark.django_db(transaction=True)
def test_queryset_delete_removes_every_file():
    documents = [upload("a.txt"), upload("b.txt")]
    Document.objects.all().delete()  # sends post_delete for each row
    assert not any(on_disk(document) for document in documents)


@pytest.mark.django_db(transaction=True, databases=["default", "other"])
def test_the_callback_waits_for_the_database_that_deleted():
    document = upload(using="other")
    with pytest.raises(RuntimeError), transaction.atomic(using="other"):
        document.delete()  # on "other"; "default" is in autocommit
        raise RuntimeError
    assert on_disk(document)


@pytest.mark.django_db
def test_a_row_without_a_file_registers_nothing(django_capture_on_commit_callbacks):
    document = Document.objects.create(title="empty")
    with django_capture_on_commit_callbacks() as callbacks:
        document.delete()
    assert callbacks == []
    delete_file(sender=Document, instance=document, using="default")  # callable directly, too
