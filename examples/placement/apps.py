from django.apps import AppConfig


class PlacementConfig(AppConfig):
    name = "placement"

    def ready(self):
        # Import for its side effect: the @receiver decorators connect the receivers.
        # Python imports a module once, so a second ready() connects nothing new.
        # No database queries here: ready() runs before migrations and for every command.
        from . import signals  # noqa: F401
