"""Keep a search index in step with the pages, after each commit."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import Page


class SearchIndex:
    """Stands in for a search service's client (Elasticsearch, Meilisearch, ...)."""

    def __init__(self):
        self.documents = {}

    def upsert(self, pk, text):
        self.documents[pk] = text

    def remove(self, pk):
        self.documents.pop(pk, None)


index = SearchIndex()


@receiver(post_save, sender=Page, dispatch_uid="recipes.index_saved_page")
@receiver(post_delete, sender=Page, dispatch_uid="recipes.index_deleted_page")
def sync_page(sender, instance, using, **kwargs):
    pk = instance.pk  # now: delete() sets instance.pk to None before the commit

    def sync():
        # Index the row as committed: several saves in one transaction index once per
        # callback, each with the final text; a deleted row is removed.
        page = sender.objects.using(using).filter(pk=pk).first()
        if page is None:
            index.remove(pk)
        else:
            index.upsert(pk, f"{page.title}\n{page.body}")

    transaction.on_commit(sync, using=using)
