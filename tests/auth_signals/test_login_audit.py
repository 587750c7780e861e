"""Real logins through the test client and django.contrib.auth: what each auth signal carries."""

import pytest
from django.contrib.auth import authenticate
from django.contrib.auth.signals import user_login_failed
from django.test import RequestFactory

from auth_signals.models import LoginEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user("mina", password="correct-horse")


def kinds():
    return list(LoginEvent.objects.order_by("pk").values_list("kind", "username"))


def test_login_and_logout_through_the_views(client, user):
    assert client.post("/auth/login/", {"username": "mina", "password": "correct-horse"}).status_code == 200
    assert client.post("/auth/logout/").status_code == 200
    assert kinds() == [("in", "mina"), ("out", "mina")]
    events = LoginEvent.objects.order_by("pk").values_list("user", "ip_address")
    assert list(events) == [(user.pk, "127.0.0.1"), (user.pk, "127.0.0.1")]  # who, and from where


def test_failed_login_through_the_view(client, user):
    assert client.post("/auth/login/", {"username": "mina", "password": "wrong"}).status_code == 401
    assert kinds() == [("failed", "mina")]


def test_failed_login_credentials_are_cleansed(user):
    received = []

    def spy(sender, credentials, **kwargs):
        received.append((sender, credentials))

    user_login_failed.connect(spy)
    try:
        assert authenticate(username="mina", password="wrong", api_token="abc") is None
    finally:
        assert user_login_failed.disconnect(spy)
    stars = "********************"
    assert received == [("django.contrib.auth", {"username": "mina", "password": stars, "api_token": stars})]


def test_logout_without_a_logged_in_user_sends_user_none(client):
    assert client.post("/auth/logout/").status_code == 200
    event = LoginEvent.objects.get()
    assert (event.kind, event.user, event.username) == ("out", None, "")


def test_client_login_and_logout_send_the_signals_too(client, user):
    assert client.login(username="mina", password="correct-horse")
    client.logout()
    assert not client.login(username="mina", password="nope")
    assert kinds() == [("in", "mina"), ("out", "mina"), ("failed", "mina")]


def test_no_request_means_no_ip(user):
    authenticate(username="ghost", password="x")
    authenticate(RequestFactory().get("/"), username="ghost", password="x")
    assert list(LoginEvent.objects.order_by("pk").values_list("ip_address", flat=True)) == [None, "127.0.0.1"]


def test_a_failed_login_without_a_username_records_an_empty_one():
    # credentials hold what was passed to authenticate(): here no username at all.
    authenticate(password="x")
    assert kinds() == [("failed", "")]
