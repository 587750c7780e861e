"""A receiver can be a bound method: the instance keeps state between signals."""

from collections import Counter


class SignalCounter:
    def __init__(self):
        self.counts = Counter()

    def receive(self, sender, signal, **kwargs):
        self.counts[sender] += 1
