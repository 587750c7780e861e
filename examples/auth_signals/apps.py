from django.apps import AppConfig


class AuthSignalsConfig(AppConfig):
    name = "auth_signals"
