from django.db.models.signals import post_save

from connecting.models import Article

published = []


def log_publication(sender, instance, created, **kwargs):
    # Remember the title of each new article.
    ...


# Connect log_publication to post_save, for Article only.
