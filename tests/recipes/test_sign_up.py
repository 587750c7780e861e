"""One preferences row per new user, on the user's database; none for fixtures."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from recipes.models import Preferences
from recipes.sign_up import create_preferences

User = get_user_model()


@pytest.mark.django_db
def test_a_new_user_gets_preferences():
    user = User.objects.create_user("amir")
    assert Preferences.objects.get(user=user).newsletter is False


@pytest.mark.django_db
def test_saving_again_creates_nothing():
    user = User.objects.create_user("amir")
    user.first_name = "Amir"
    user.save()
    create_preferences(sender=User, instance=user, created=True, raw=False, using="default")  # a repeated "created"
    assert Preferences.objects.count() == 1


@pytest.mark.django_db
def test_loaddata_creates_nothing():
    call_command("loaddata", "recipes", verbosity=0)
    assert User.objects.filter(username="loaded").exists()
    assert not Preferences.objects.exists()


@pytest.mark.django_db(databases=["default", "other"])
def test_the_row_goes_to_the_database_of_the_user():
    user = User.objects.db_manager("other").create_user("amir")
    assert Preferences.objects.using("other").filter(user_id=user.pk).exists()
    assert not Preferences.objects.exists()
