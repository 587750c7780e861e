from django.urls import reverse


def test_named_urls():
    assert reverse("auth_signals:login") == "/auth/login/"
    assert reverse("auth_signals:logout") == "/auth/logout/"
