"""The demo views accept POST only."""

import pytest


@pytest.mark.parametrize("url", ["/auth/login/", "/auth/logout/"])
def test_get_is_not_allowed(client, url):
    assert client.get(url).status_code == 405


@pytest.mark.django_db
def test_login_and_logout_answer_and_change_the_session(client, django_user_model):
    django_user_model.objects.create_user("mina", password="correct-horse")
    wrong = client.post("/auth/login/", {"username": "mina", "password": "wrong"})
    assert (wrong.status_code, wrong.content) == (401, b"invalid credentials")
    assert "_auth_user_id" not in client.session
    right = client.post("/auth/login/", {"username": "mina", "password": "correct-horse"})
    assert (right.status_code, right.content) == (200, b"logged in")
    assert client.session["_auth_user_id"] == str(django_user_model.objects.get().pk)
    out = client.post("/auth/logout/")
    assert (out.status_code, out.content) == (200, b"logged out")
    assert "_auth_user_id" not in client.session
