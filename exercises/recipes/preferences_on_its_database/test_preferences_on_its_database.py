import pytest
from django.contrib.auth import get_user_model
from django.db.models.signals import post_save

from recipes.models import Preferences
from recipes.sign_up import create_preferences
from testing_signals.muting import muted

pytestmark = pytest.mark.django_db(databases=["default", "other"])
User = get_user_model()


@pytest.fixture(autouse=True)
def only_your_receiver():
    # The page's own create_preferences does the same job: mute it.
    with muted(post_save, create_preferences, sender=User, dispatch_uid="recipes.preferences"):
        yield


def test_a_new_user_gets_preferences(answer):
    user = User.objects.create_user("mina")
    assert Preferences.objects.filter(user_id=user.pk).count() == 1


def test_on_the_users_database(answer):
    user = User.objects.db_manager("other").create_user("mina")
    assert Preferences.objects.using("other").filter(user_id=user.pk).count() == 1


def test_fixtures_bring_their_own(answer):
    user = User(username="dumped")
    user.save_base(raw=True)  # what loaddata does
    assert not Preferences.objects.filter(user_id=user.pk).exists()


def test_a_second_save_adds_nothing(answer):
    user = User.objects.create_user("mina")
    user.first_name = "Mina"
    user.save()
    assert Preferences.objects.filter(user_id=user.pk).count() == 1
