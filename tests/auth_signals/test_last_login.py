"""Django connects update_last_login to user_logged_in (if the user model has last_login)."""

import pytest
from django.contrib.auth.models import update_last_login
from django.contrib.auth.signals import user_logged_in

from auth_signals.last_login import resume_updating_last_login, stop_updating_last_login

pytestmark = pytest.mark.django_db


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user("mina", password="correct-horse")


def test_django_updates_last_login_by_itself(client, user):
    assert user.last_login is None
    client.login(username="mina", password="correct-horse")
    user.refresh_from_db()
    assert user.last_login is not None


def test_it_is_connected_with_a_dispatch_uid(keep_receiver_order):
    keep_receiver_order(user_logged_in)
    assert user_logged_in.disconnect(dispatch_uid="update_last_login")
    user_logged_in.connect(update_last_login, dispatch_uid="update_last_login")


def test_disconnecting_it_stops_the_update(client, user, keep_receiver_order):
    keep_receiver_order(user_logged_in)
    assert stop_updating_last_login() is True
    try:
        assert stop_updating_last_login() is False  # nothing left to disconnect
        client.login(username="mina", password="correct-horse")
        user.refresh_from_db()
        assert user.last_login is None
    finally:
        resume_updating_last_login()
    client.login(username="mina", password="correct-horse")
    user.refresh_from_db()
    assert user.last_login is not None
