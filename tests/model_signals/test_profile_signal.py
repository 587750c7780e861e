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
    ensure_profile(
        sender=type(user), instance=user, created=True, raw=False, using="default"
    )  # even a repeated "created"
    assert Profile.objects.count() == 1


def test_fixtures_do_not_create_profiles():
    user = get_user_model().objects.create_user("fixture")
    Profile.objects.all().delete()
    ensure_profile(sender=type(user), instance=user, created=True, raw=True, using="default")
    assert not Profile.objects.exists()


@pytest.mark.django_db(databases=["default", "other"])
def test_a_user_on_another_database_gets_its_profile_there():
    user = get_user_model().objects.db_manager("other").create_user("amir")
    assert Profile.objects.using("other").get().pk == user.pk
    assert not Profile.objects.exists()  # nothing on the default database
