from django.db.models.signals import post_delete
from django.dispatch import receiver

from recipes.models import Document


@receiver(post_delete, sender=Document, dispatch_uid="recipes.exercise.delete_file")
def delete_file(sender, instance, **kwargs):
    instance.file.delete(save=False)
