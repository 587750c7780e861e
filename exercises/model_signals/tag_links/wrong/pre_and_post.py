from django.db.models.signals import m2m_changed
from django.dispatch import receiver

from model_signals.models import Post

links = []  # (post_pk, tag_pk) for every link added


@receiver(m2m_changed, sender=Post.tags.through, dispatch_uid="model_signals.exercise.record_links")
def record_links(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("pre_add", "post_add"):
        return
    if reverse:  # tag.posts.add(post): instance is the Tag, pk_set holds Post keys
        links.extend((post_pk, instance.pk) for post_pk in pk_set)
    else:  # post.tags.add(tag): instance is the Post, pk_set holds Tag keys
        links.extend((instance.pk, tag_pk) for tag_pk in pk_set)
