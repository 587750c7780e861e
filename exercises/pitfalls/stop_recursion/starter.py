from django.db.models.signals import post_save
from django.dispatch import receiver

from pitfalls.models import Article


@receiver(post_save, sender=Article, dispatch_uid="pitfalls.exercise.count_words")
def count_words(sender, instance, **kwargs):
    instance.word_count = len(instance.body.split())
    instance.save()
