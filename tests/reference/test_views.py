"""The reference's views answer as the signal examples expect."""

import pytest


@pytest.fixture(autouse=True)
def reference_urls(settings):
    settings.ROOT_URLCONF = "reference.urls"
    settings.TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True}]


def test_ok_and_menu(client):
    assert client.get("/").content == b"ok"
    assert b"<li>margherita</li>" in client.get("/menu/").content


def test_broken_raises(client):
    with pytest.raises(RuntimeError):
        client.get("/broken/")


def test_missing_and_forbidden(client):
    assert client.get("/missing/").status_code == 404
    assert client.get("/forbidden/").status_code == 403
