"""weak=True (the default) lets a receiver that nothing else references disappear."""


def connect_local_receiver(signal, calls, weak=True):
    def remember(sender, **kwargs):
        calls.append(sender)

    signal.connect(remember, weak=weak)
    # When this function returns, only the signal refers to `remember`; with
    # weak=True that reference does not keep it alive, so it is freed.
