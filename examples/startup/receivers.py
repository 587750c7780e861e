"""A receiver that is a bound method: each ready() call makes a new one."""


class RequestCounter:
    def __init__(self):
        self.requests = 0

    def count(self, sender, **kwargs):
        self.requests += 1
