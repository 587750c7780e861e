from django.apps import AppConfig


class StartupConfig(AppConfig):
    name = "startup"

    def ready(self):
        from .receivers import HeartbeatCounter
        from .signals import heartbeat

        counter = HeartbeatCounter()  # a new object, so a new bound method, on every call
        # Without dispatch_uid each ready() would add one more receiver.
        heartbeat.connect(counter.count, weak=False, dispatch_uid="startup.count_heartbeats")
