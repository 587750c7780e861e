from startup.signals import heartbeat


def test_ready_connected_one_counter():
    [(receiver, response)] = heartbeat.send(sender=None)
    assert receiver.__func__.__qualname__ == "HeartbeatCounter.count" and response is None
