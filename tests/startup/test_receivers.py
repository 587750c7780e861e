from startup.receivers import HeartbeatCounter


def test_count_counts():
    counter = HeartbeatCounter()
    counter.count(sender=None)
    assert counter.beats == 1
    counter.count(sender=None)
    assert counter.beats == 2
