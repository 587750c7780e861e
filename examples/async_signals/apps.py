from django.apps import AppConfig


class AsyncSignalsConfig(AppConfig):
    name = "async_signals"
