from django.apps import AppConfig


class PitfallsConfig(AppConfig):
    name = "pitfalls"

    def ready(self):
        # Importing the modules connects their @receiver functions.
        from . import recursion, reloading  # noqa: F401
