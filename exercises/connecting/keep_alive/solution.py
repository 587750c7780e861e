def start_recording(signal):
    senders = []

    def record(sender, **kwargs):
        senders.append(sender)

    signal.connect(record, weak=False)  # nothing else keeps this closure alive
    return senders
