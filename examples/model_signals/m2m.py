"""Keep Post.tag_names in step with Post.tags, from either side of the relation."""

from django.db.models.signals import m2m_changed, pre_delete
from django.dispatch import receiver

from .models import Post, Tag


def write_tag_names(post_pks, using):
    for post in Post.objects.using(using).filter(pk__in=post_pks).prefetch_related("tags"):
        post.tag_names = ", ".join(sorted(tag.name for tag in post.tags.all()))
        post.save(update_fields=["tag_names"])


@receiver(m2m_changed, sender=Post.tags.through, dispatch_uid="model_signals.refresh_tag_names")
def refresh_tag_names(sender, instance, action, reverse, pk_set, using, raw=False, **kwargs):
    if raw:  # loaddata on Django 6.1+: the fixture carries tag_names already
        return
    if not reverse:  # post.tags.add(tag): instance is the Post
        if action in ("post_add", "post_remove", "post_clear"):
            write_tag_names([instance.pk], using)
    elif action == "pre_clear":  # tag.posts.clear(): pk_set is None, remember the posts now
        instance._posts_before_clear = list(instance.posts.values_list("pk", flat=True))
    elif action == "post_clear":
        write_tag_names(instance.__dict__.pop("_posts_before_clear"), using)
    elif action in ("post_add", "post_remove"):  # tag.posts.add(post): pk_set holds Post pks
        write_tag_names(pk_set, using)


@receiver(pre_delete, sender=Tag, dispatch_uid="model_signals.clear_tag_before_delete")
def clear_tag_before_delete(sender, instance, **kwargs):
    # Deleting a tag drops its through rows without m2m_changed: clear them first.
    instance.posts.clear()
