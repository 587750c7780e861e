import pytest
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models.signals import post_delete

from recipes.files import delete_file
from recipes.models import Document
from testing_signals.muting import muted

pytestmark = pytest.mark.django_db(transaction=True, databases=["default", "other"])


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    # A real FileSystemStorage in a temporary folder; the page's own delete_file muted.
    settings.STORAGES = {"default": {"BACKEND": "django.core.files.storage.FileSystemStorage",
                                     "OPTIONS": {"location": tmp_path}}}  # fmt: skip
    with muted(post_delete, delete_file, sender=Document, dispatch_uid="recipes.delete_file"):
        yield


def upload(using="default"):
    """A saved document, and where its file is (FieldFile.delete() forgets the name)."""
    document = Document(title="report", file=ContentFile(b"contents", name="report.txt"))
    document.save(using=using)
    return document, (document.file.storage, document.file.name)


def on_disk(file):
    storage, name = file
    return storage.exists(name)


def test_deleting_the_row_deletes_the_file(answer):
    document, file = upload()
    document.delete()
    assert not on_disk(file)


def test_the_file_waits_for_the_commit(answer):
    document, file = upload()
    with transaction.atomic():
        document.delete()
        assert on_disk(file), "deleted before the commit"
    assert not on_disk(file)


def test_a_rollback_keeps_the_file(answer):
    document, file = upload()
    with pytest.raises(RuntimeError), transaction.atomic():
        document.delete()
        raise RuntimeError("rolled back")
    assert on_disk(file)


def test_waits_for_the_database_that_deleted(answer):
    document, file = upload(using="other")
    with pytest.raises(RuntimeError), transaction.atomic(using="other"):
        document.delete()
        raise RuntimeError("rolled back")
    assert on_disk(file)


def test_a_row_without_a_file(answer):
    Document.objects.create(title="empty").delete()
