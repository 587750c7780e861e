from startup.receivers import RequestCounter


def test_count_counts():
    counter = RequestCounter()
    counter.count(sender=None)
    assert counter.requests == 1
