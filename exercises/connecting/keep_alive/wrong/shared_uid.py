def start_recording(signal):
    senders = []

    def record(sender, **kwargs):
        senders.append(sender)

    signal.connect(record, weak=False, dispatch_uid="connecting.exercise.record")
    return senders
