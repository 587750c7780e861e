"""The demo views: POST only; the login view logs a user in or answers 401, the logout view logs out."""

import pytest
from django.contrib.auth import SESSION_KEY, get_user_model


@pytest.mark.parametrize("url", ["/auth/login/", "/auth/logout/"])
def test_get_is_not_allowed(client, url):
    assert client.get(url).status_code == 405


@pytest.fixture
def mina(db):
    return get_user_model().objects.create_user("mina", password="correct-horse")


def test_login_with_the_right_password_starts_a_session(client, mina):
    response = client.post("/auth/login/", {"username": "mina", "password": "correct-horse"})
    assert (response.status_code, response.content) == (200, b"logged in")
    assert client.session[SESSION_KEY] == str(mina.pk)


def test_login_with_a_wrong_password_is_refused(client, mina):
    response = client.post("/auth/login/", {"username": "mina", "password": "wrong"})
    assert (response.status_code, response.content) == (401, b"invalid credentials")
    assert SESSION_KEY not in client.session


def test_logout_ends_the_session(client, mina):
    client.force_login(mina)
    response = client.post("/auth/logout/")
    assert (response.status_code, response.content) == (200, b"logged out")
    assert SESSION_KEY not in client.session
