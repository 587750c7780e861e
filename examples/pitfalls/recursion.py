"""Saving the instance again inside post_save: the loop, and three ways out."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import Article


def count_words_forever(sender, instance, **kwargs):
    instance.word_count = len(instance.body.split())
    instance.save()  # sends post_save again, which calls this again...


@receiver(post_save, sender=Article, dispatch_uid="pitfalls.count_words")
def count_words(sender, instance, update_fields=None, **kwargs):
    # Way out 1: ignore the save that this receiver itself makes (or a guard flag).
    if update_fields and "word_count" in update_fields:
        return
    instance.word_count = len(instance.body.split())
    # Way out 2: save only the computed field; the next post_save says so.
    instance.save(update_fields=["word_count"])


def count_words_with_update(sender, instance, **kwargs):
    # Way out 3: QuerySet.update() writes the row without sending any signal.
    instance.word_count = len(instance.body.split())
    Article.objects.filter(pk=instance.pk).update(word_count=instance.word_count)
