"""What a receiver is called with: sender, signal, and the signal's own arguments."""

from django.core.signals import request_finished


def describe_call(sender, signal, **kwargs):
    # Name what you use; everything else arrives in **kwargs.
    return {"sender": sender, "signal": signal, "kwargs": kwargs}


def show_request_finished_arguments():
    """Send request_finished to describe_call alone and return what it received."""
    request_finished.connect(describe_call)
    try:
        replies = request_finished.send(sender=show_request_finished_arguments)
    finally:
        request_finished.disconnect(describe_call)
    return dict(replies)[describe_call]
