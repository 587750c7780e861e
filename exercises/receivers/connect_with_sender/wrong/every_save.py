from django.db.models.signals import post_save
from django.dispatch import receiver

from connecting.models import Article

published = []


@receiver(post_save, sender=Article)
def log_publication(sender, instance, **kwargs):
    published.append(instance.title)
