from django.db.models.signals import post_save
from django.dispatch import receiver

from pitfalls.models import Article


@receiver(post_save, sender=Article, dispatch_uid="pitfalls.exercise.count_words")
def count_words(sender, instance, raw, using, **kwargs):
    if raw:
        return  # loaddata stores the fixture as written
    instance.word_count = len(instance.body.split())
    # QuerySet.update() sends no post_save: no recursion.
    Article.objects.using(using).filter(pk=instance.pk).update(word_count=instance.word_count)
