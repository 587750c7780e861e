"""Delete a document's file when its row is deleted, once the deletion is committed."""

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models import Document


@receiver(post_delete, sender=Document, dispatch_uid="recipes.delete_file")
def delete_file(sender, instance, using, **kwargs):
    if not instance.file:
        return
    # Read both now: the callback runs after delete() has finished with the instance.
    storage, name = instance.file.storage, instance.file.name

    def remove_from_storage():
        storage.delete(name)

    # A rollback brings the row back: the file must still be there.
    transaction.on_commit(remove_from_storage, using=using)
