"""The reference's views answer as the signal examples expect."""

import pytest


@pytest.fixture(autouse=True)
def reference_urls(settings):
    settings.ROOT_URLCONF = "reference.urls"
    settings.TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True}]


def test_ok_and_menu(client):
    assert client.get("/").content == b"ok"
    menu = client.get("/menu/").content
    assert b"<li>margherita</li>" in menu
    assert b"<li>marinara</li>" in menu


def test_broken_raises(client):
    with pytest.raises(RuntimeError, match="^this view always fails$"):
        client.get("/broken/")


def test_missing_and_forbidden(client):
    assert client.get("/missing/").status_code == 404
    assert client.get("/forbidden/").status_code == 403


def test_missing_says_what_is_missing(rf):
    from django.http import Http404

    from reference.views import missing

    with pytest.raises(Http404, match="^no such pizza$"):
        missing(rf.get("/missing/"))
