"""A save() announces exactly one sender: the class of the instance saved."""

import pytest
from django.db.models.signals import post_save, pre_save

from pitfalls import inheritance
from pitfalls.models import Landmark, Place, Restaurant

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "model, expected",
    [(Place, ["Place"]), (Restaurant, ["Restaurant"]), (Landmark, ["Landmark"])],
)
@pytest.mark.parametrize("signal", [pre_save, post_save])
def test_each_save_sends_only_its_own_class(model, expected, signal):
    senders, disconnect = inheritance.record_senders(signal)
    try:
        model.objects.create(name="x")
    finally:
        disconnect()
    # A Restaurant save writes two rows (place and restaurant) but sends once, as Restaurant.
    assert senders == expected


def test_a_receiver_for_the_parent_misses_child_and_proxy_saves(connect):
    calls = []

    def on_place(sender, **kwargs):
        calls.append(sender)

    connect(post_save, on_place, sender=Place)
    Restaurant.objects.create(name="Luigi's")
    Landmark.objects.create(name="Tower")
    assert calls == []
    Place.objects.create(name="Square")
    assert calls == [Place]


def test_connecting_to_each_class_covers_the_family():
    inheritance.connect_to_the_whole_family()
    try:
        replies = [
            reply
            for model in (Place, Restaurant, Landmark)
            for receiver, reply in post_save.send(sender=model, instance=model(name=model.__name__), created=True)
            if receiver is inheritance.on_place_saved
        ]
    finally:
        inheritance.disconnect_from_the_whole_family()
    assert replies == ["place Place saved", "place Restaurant saved", "place Landmark saved"]


def test_the_recorder_is_connected_strongly():
    # Only the disconnect function refers to the recorder: with weak=True (the default)
    # it would vanish as soon as a caller kept the list alone.
    import gc

    from django.dispatch import Signal

    signal = Signal()
    senders, disconnect = inheritance.record_senders(signal)
    del disconnect
    gc.collect()
    signal.send(sender=Place)
    assert senders == ["Place"]
