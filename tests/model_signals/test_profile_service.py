"""register_member: hashed password, a profile with the full name, all or nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.db import IntegrityError

from model_signals.models import Profile
from model_signals.profile_service import register_member

pytestmark = pytest.mark.django_db


def test_password_is_hashed_and_profile_filled():
    user = register_member(username="sara", email="sara@example.com", password="s3cret-pass", full_name="Sara A.")
    assert user.password != "s3cret-pass" and user.check_password("s3cret-pass")
    assert Profile.objects.get(user=user).full_name == "Sara A."
    assert user.email == "sara@example.com"


def test_each_member_gets_a_profile_of_their_own():
    first = register_member(username="ada", email="ada@example.com", password="x-pass-1", full_name="Ada L.")
    second = register_member(username="sara", email="sara@example.com", password="x-pass-2", full_name="Sara A.")
    names = dict(Profile.objects.values_list("user__username", "full_name"))
    assert names == {"ada": "Ada L.", "sara": "Sara A."}
    assert first.profile != second.profile


def test_nothing_is_left_behind_when_it_fails():
    register_member(username="sara", email="a@example.com", password="x-pass-1", full_name="A")
    with pytest.raises(IntegrityError):
        register_member(username="sara", email="b@example.com", password="x-pass-2", full_name="B")
    assert get_user_model().objects.count() == Profile.objects.count() == 1


@pytest.mark.django_db(transaction=True)  # autocommit, as in a view without ATOMIC_REQUESTS
def test_the_notes_pre_save_receiver_leaves_an_orphan_user(connect):
    # The training notes' receiver (corrections.md, 8), made to run: it creates the
    # user in pre_save and sets instance.id, but the primary key is `user`.
    from django.db.models.signals import pre_save

    user_model = get_user_model()

    def create_user_before_profile_saves(sender, instance, **kwargs):
        user = user_model.objects.create_user(username=f"member-{instance.full_name}")
        instance.id = user

    assert not hasattr(Profile(), "phonenumber")  # the notes read instance.phonenumber
    connect(pre_save, create_user_before_profile_saves, sender=Profile)
    with pytest.raises(IntegrityError):
        Profile(full_name="Ada").save()  # user_id is still NULL
    assert user_model.objects.count() == 1 and not Profile.objects.exists()  # an orphan user
