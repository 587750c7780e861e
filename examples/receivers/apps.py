from django.apps import AppConfig


class ReceiversConfig(AppConfig):
    name = "receivers"
