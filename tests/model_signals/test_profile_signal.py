"""Every new user gets exactly one profile; re-saving a user creates nothing."""

import pytest
from django.contrib.auth import get_user_model

from model_signals.models import Profile
from model_signals.profile_signal import ensure_profile

pytestmark = pytest.mark.django_db


def test_new_user_gets_a_profile():
    user = get_user_model().objects.create_user("amir", password="s3cret-pass")
    assert Profile.objects.get(user=user).pk == user.pk  # the user *is* the profile's primary key


def test_resaving_is_idempotent():
    user = get_user_model().objects.create_user("amir")
    user.first_name = "Amir"
    user.save()
    ensure_profile(sender=type(user), instance=user, created=True, raw=False)  # even a repeated "created"
    assert Profile.objects.count() == 1


def test_fixtures_do_not_create_profiles():
    user = get_user_model().objects.create_user("fixture")
    Profile.objects.all().delete()
    ensure_profile(sender=type(user), instance=user, created=True, raw=True)
    assert not Profile.objects.exists()
