"""Views that the request and test signal examples request."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import render


def menu(request):
    return render(request, "reference/menu.html", {"pizzas": ["margherita", "marinara"]})


def broken(request):
    raise RuntimeError("this view always fails")


def ok(request):
    return HttpResponse("ok")


def missing(request):
    raise Http404("no such pizza")


def forbidden(request):
    raise PermissionDenied
