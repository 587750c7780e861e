"""URLs of the reference examples; tests point ROOT_URLCONF here."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.ok),
    path("menu/", views.menu),
    path("broken/", views.broken),
    path("missing/", views.missing),
    path("forbidden/", views.forbidden),
]
