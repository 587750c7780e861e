from django.apps import AppConfig


class OverridesConfig(AppConfig):
    name = "overrides"
