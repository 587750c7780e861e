"""The receivers that compete with Article.save() and Article.delete()."""

from .models import Tombstone


def fill_search_title(sender, instance, **kwargs):
    instance.search_title = instance.title.lower()


def bury(sender, instance, **kwargs):
    Tombstone.objects.create(title=instance.title, via="post_delete")
