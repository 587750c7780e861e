"""The auth signals, sent by login(), logout() and authenticate() through the test client."""

import pytest
from django.contrib.auth import authenticate
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.test import RequestFactory

from reference import auth_receivers as r


@pytest.fixture
def alice(django_user_model):
    return django_user_model.objects.create_user("alice", password="s3cret-pw")


def test_login_and_logout(alice, connect, spy, client, logged):
    connect(user_logged_in, r.log_user_logged_in)
    connect(user_logged_out, r.log_user_logged_out)
    logged_in, logged_out = spy(user_logged_in), spy(user_logged_out)
    assert client.login(username="alice", password="s3cret-pw")
    client.logout()
    assert logged("user_logged_in") == [("User", "alice")]
    assert logged("user_logged_out") == [("User", "alice")]
    assert set(logged_in[0]) == set(logged_out[0]) == {"signal", "sender", "request", "user"}
    assert logged_in[0]["user"] == alice and logged_in[0]["request"] is not None


def test_logout_of_an_anonymous_visitor(db, connect, client, logged):
    connect(user_logged_out, r.log_user_logged_out)
    client.logout()
    assert logged("user_logged_out") == [("NoneType", None)]


def test_a_failed_login_masks_the_password(db, connect, spy, client, caplog, logged):
    connect(user_login_failed, r.log_user_login_failed)
    calls = spy(user_login_failed)
    assert not client.login(username="alice", password="wrong")
    sender, credentials, request = logged("user_login_failed")[0]
    assert sender == "django.contrib.auth"
    assert credentials == {"username": "alice", "password": "********************"}
    assert request is None  # the test client's login() passes no request
    assert set(calls[0]) == {"signal", "sender", "credentials", "request"}


def test_authenticate_passes_the_request_on(db, connect, spy, logged):
    connect(user_login_failed, r.log_user_login_failed)
    calls = spy(user_login_failed)
    request = RequestFactory().post("/login/")
    assert authenticate(request, username="nobody", password="x") is None
    assert calls[0]["request"] is request
    assert logged("user_login_failed")[0][2] is request
