def start_recording(signal):
    senders = []

    def record(sender, **kwargs):
        senders.append(sender)

    signal.connect(record)
    return senders
