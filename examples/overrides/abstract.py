"""Connecting to an abstract model: accepted, and never called."""

from django.db.models.signals import post_save

from .models import Headline


def announce(sender, instance, **kwargs):
    return f"{sender.__name__}: {instance.title}"


def connect_to_the_abstract_model():
    post_save.connect(announce, sender=Headline)  # no error, and no call: senders are concrete


def connect_to_each_concrete_model():
    for model in Headline.__subclasses__():
        post_save.connect(announce, sender=model, dispatch_uid=f"overrides.announce.{model.__name__}")


def disconnect_from_each_concrete_model():
    for model in Headline.__subclasses__():
        post_save.disconnect(sender=model, dispatch_uid=f"overrides.announce.{model.__name__}")
