"""A receiver that is a bound method: each ready() call makes a new one."""


class HeartbeatCounter:
    def __init__(self):
        self.beats = 0

    def count(self, sender, **kwargs):
        self.beats += 1
