"""Listing the receivers of a signal, all of them or for one sender."""

from django.db.models.signals import post_save
from django.dispatch import Signal

from pitfalls.listing import connected_receivers, receivers_for
from pitfalls.models import Article, Place
from tests.utils import django_before, django_from


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


def entry_fields():
    signal = Signal()
    signal.connect(test_entries_have_four_fields_on_django_6, sender=Place)
    return len(signal.receivers[0])


@django_from("6.0", reason="each entry also holds a weak reference to the sender (#35801)")
def test_entries_have_four_fields_on_django_6():
    assert entry_fields() == 4  # lookup key, receiver, sender reference, is_async


@django_before("6.0", reason="each entry is (lookup key, receiver, is_async)")
def test_entries_have_three_fields_on_django_5_2():
    assert entry_fields() == 3
