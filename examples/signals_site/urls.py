"""URLs of the examples project."""

from django.http import HttpResponse
from django.urls import include, path


def hello(request):
    return HttpResponse("hello")


urlpatterns = [
    path("", hello, name="hello"),
    path("auth/", include("auth_signals.urls")),
]
