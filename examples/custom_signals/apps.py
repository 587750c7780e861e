from django.apps import AppConfig


class CustomSignalsConfig(AppConfig):
    name = "custom_signals"
