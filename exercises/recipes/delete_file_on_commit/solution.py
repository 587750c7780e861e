from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from recipes.models import Document


@receiver(post_delete, sender=Document, dispatch_uid="recipes.exercise.delete_file")
def delete_file(sender, instance, using, **kwargs):
    if not instance.file:
        return
    storage, name = instance.file.storage, instance.file.name
    # After the commit of the database the row was deleted from: a rollback keeps the file.
    transaction.on_commit(lambda: storage.delete(name), using=using)
