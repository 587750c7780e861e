from django.apps import AppConfig
from django.core.signals import request_started


class StartupConfig(AppConfig):
    name = "startup"

    def ready(self):
        from .receivers import RequestCounter

        counter = RequestCounter()  # a new object, so a new bound method, on every call
        # Without dispatch_uid each ready() would add one more receiver.
        request_started.connect(counter.count, weak=False, dispatch_uid="startup.count_requests")
