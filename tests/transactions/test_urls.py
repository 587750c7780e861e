from django.urls import resolve

from transactions import urls
from transactions.views import sign_up


def test_sign_up_route():
    assert resolve("/sign-up/", urlconf=urls).func is sign_up
