from django.db.models.signals import post_save

from connecting.models import Article

published = []


def log_publication(sender, instance, created, **kwargs):
    if created:
        published.append(getattr(instance, "title", str(instance)))


post_save.connect(log_publication)
