"""Keep Topic.reply_count right: count in the database, and repair after bulk work."""

from django.db.models import Count, F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import Reply, Topic


@receiver(post_save, sender=Reply, dispatch_uid="recipes.count_new_reply")
def count_new_reply(sender, instance, created, raw, using, **kwargs):
    if created and not raw:  # a fixture brings its own reply_count
        topic = Topic.objects.using(using).filter(pk=instance.topic_id)
        # One UPDATE with F(): no stale copy of the topic is read or saved.
        topic.update(reply_count=F("reply_count") + 1)


@receiver(post_delete, sender=Reply, dispatch_uid="recipes.count_deleted_reply")
def count_deleted_reply(sender, instance, using, **kwargs):
    topic = Topic.objects.using(using).filter(pk=instance.topic_id)
    # No topic is loaded: nothing stale is written back, and a topic already gone is skipped.
    topic.update(reply_count=F("reply_count") - 1)


def recount_replies(topics):
    """Repair the counters after bulk_create(), update() or raw SQL (no signals)."""
    replies = Reply.objects.filter(topic=OuterRef("pk")).values("topic")
    count = replies.annotate(n=Count("pk")).values("n")
    return topics.update(reply_count=Coalesce(Subquery(count), 0))
