"""Views that the request-signal examples request: a stream and a failure."""

from django.http import HttpResponse, StreamingHttpResponse
from django.urls import path


def chunks():
    yield b"first,"
    yield b"second"


def report(request):
    return StreamingHttpResponse(chunks(), content_type="text/csv")


def broken(request):
    raise ZeroDivisionError("the view failed")


def hello(request):
    return HttpResponse("hello")


urlpatterns = [
    path("", hello),
    path("report.csv", report),
    path("broken/", broken),
]
