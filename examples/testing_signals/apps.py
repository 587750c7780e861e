from django.apps import AppConfig


class TestingSignalsConfig(AppConfig):
    name = "testing_signals"
