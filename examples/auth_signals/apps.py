from django.apps import AppConfig


class AuthSignalsConfig(AppConfig):
    name = "auth_signals"

    def ready(self):
        from . import login_audit  # noqa: F401
