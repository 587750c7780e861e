from django.apps import AppConfig


class WhySignalsConfig(AppConfig):
    name = "why_signals"

    def ready(self):
        # Importing the module connects its @receiver functions.
        from . import request_counter  # noqa: F401
