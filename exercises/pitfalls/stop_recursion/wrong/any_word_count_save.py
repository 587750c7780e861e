from django.db.models.signals import post_save
from django.dispatch import receiver

from pitfalls.models import Article


@receiver(post_save, sender=Article, dispatch_uid="pitfalls.exercise.count_words")
def count_words(sender, instance, raw, update_fields=None, **kwargs):
    if raw or (update_fields and "word_count" in update_fields):
        return
    instance.word_count = len(instance.body.split())
    instance.save(update_fields=["word_count"])
