"""Saving the instance again inside post_save: the loop, and two of the three ways out."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import Article


def count_words_forever(sender, instance, **kwargs):
    instance.word_count = len(instance.body.split())
    instance.save()  # sends post_save again, which calls this again...


@receiver(post_save, sender=Article, dispatch_uid="pitfalls.count_words")
def count_words(sender, instance, raw, update_fields=None, **kwargs):
    # Way out 1: save only the computed field, and return on that very save.
    if raw or update_fields == {"word_count"}:
        return  # loaddata stores the fixture as written; or this is our own save
    word_count = len(instance.body.split())
    if word_count != instance.word_count:  # a second UPDATE only when the count changed
        instance.word_count = word_count
        instance.save(update_fields=["word_count"])


def count_words_with_update(sender, instance, using, **kwargs):
    # Way out 2: QuerySet.update() writes the row without sending any signal.
    instance.word_count = len(instance.body.split())
    Article.objects.using(using).filter(pk=instance.pk).update(word_count=instance.word_count)
