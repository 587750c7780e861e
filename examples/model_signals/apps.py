from django.apps import AppConfig


class ModelSignalsConfig(AppConfig):
    name = "model_signals"

    def ready(self):
        from . import lifecycle, m2m, profile_signal, sms_code  # noqa: F401
