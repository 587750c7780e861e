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
