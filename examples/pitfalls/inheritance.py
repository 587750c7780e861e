"""Which senders a save() announces, for a parent, a child and a proxy model."""

from django.db.models.signals import post_save

from .models import Landmark, Place, Restaurant


def record_senders(signal=post_save):
    """Connect a receiver for any sender; return its list of senders and a disconnect function."""
    senders = []

    def record(sender, **kwargs):
        senders.append(sender.__name__)

    signal.connect(record, weak=False)
    return senders, lambda: signal.disconnect(record)


def on_place_saved(sender, instance, **kwargs):
    return f"place {instance.name} saved"


def connect_to_the_whole_family():
    """What sender=Place does not do: connect once per class."""
    for model in (Place, Restaurant, Landmark):
        post_save.connect(on_place_saved, sender=model, dispatch_uid=f"pitfalls.on_place_saved.{model.__name__}")


def disconnect_from_the_whole_family():
    for model in (Place, Restaurant, Landmark):
        post_save.disconnect(sender=model, dispatch_uid=f"pitfalls.on_place_saved.{model.__name__}")
