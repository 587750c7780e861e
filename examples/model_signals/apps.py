from django.apps import AppConfig


class ModelSignalsConfig(AppConfig):
    name = "model_signals"
