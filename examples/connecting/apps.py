from django.apps import AppConfig


class ConnectingConfig(AppConfig):
    name = "connecting"

    def ready(self):
        from . import decorator  # noqa: F401  (connects with @receiver)
        from .connect_method import connect_article_log

        connect_article_log()
