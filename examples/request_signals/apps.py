from django.apps import AppConfig


class RequestSignalsConfig(AppConfig):
    name = "request_signals"
