"""Listing the receivers of a signal, all of them or for one sender."""

from django.db.models.signals import post_save
from django.dispatch import Signal

from pitfalls.listing import connected_receivers, receivers_for
from pitfalls.models import Article, Place


def test_lists_every_receiver_with_its_module():
    assert "pitfalls.recursion.count_words" in connected_receivers(post_save)


def test_lists_only_the_receivers_a_sender_would_reach():
    assert "pitfalls.recursion.count_words" in receivers_for(post_save, Article)
    assert "pitfalls.recursion.count_words" not in receivers_for(post_save, Place)


def test_skips_receivers_that_were_garbage_collected():
    signal = Signal()

    def make_receiver():
        def short_lived(sender, **kwargs):
            pass

        return short_lived

    kept = make_receiver()
    signal.connect(kept)
    signal.connect(make_receiver(), weak=False)  # the signal's strong reference keeps this one
    signal.connect(make_receiver())  # nothing refers to this one: freed at once
    name = f"{__name__}.test_skips_receivers_that_were_garbage_collected.<locals>.make_receiver.<locals>.short_lived"
    assert connected_receivers(signal) == [name, name]
    assert len(receivers_for(signal, None)) == 2
