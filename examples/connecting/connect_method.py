"""Signal.connect: the same connection without the decorator, e.g. for a function you did not write."""

from django.db.models.signals import post_save


def log_article_saved(sender, instance, created, **kwargs):
    return f"{'created' if created else 'updated'} {instance.title!r}"


def connect_article_log():
    # A lazy "app_label.ModelName" string: resolved to the class once the app registry is ready.
    post_save.connect(log_article_saved, sender="connecting.Article", dispatch_uid="connecting.log_article_saved")
