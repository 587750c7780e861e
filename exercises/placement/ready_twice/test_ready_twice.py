import gc

from startup.signals import heartbeat


def receivers_run():
    return len(heartbeat.send(sender=None))


def test_counts_heartbeats(answer):
    before = receivers_run()
    answer.connect_heartbeat_counter()
    gc.collect()
    assert receivers_run() == before + 1


def test_ready_twice_connects_once(answer):
    before = receivers_run()
    answer.connect_heartbeat_counter()
    answer.connect_heartbeat_counter()
    gc.collect()
    assert receivers_run() == before + 1
