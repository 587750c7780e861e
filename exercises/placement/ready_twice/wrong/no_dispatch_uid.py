from startup.receivers import HeartbeatCounter
from startup.signals import heartbeat


def connect_heartbeat_counter():
    """Called from AppConfig.ready(), which may run more than once."""
    counter = HeartbeatCounter()
    heartbeat.connect(counter.count, weak=False)
