from django.apps import AppConfig


class PitfallsConfig(AppConfig):
    name = "pitfalls"
