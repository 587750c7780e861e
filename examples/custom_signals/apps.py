from django.apps import AppConfig


class CustomSignalsConfig(AppConfig):
    name = "custom_signals"

    def ready(self):
        # Importing the module connects its @receiver functions.
        from . import receivers  # noqa: F401
