"""Count the requests this process has started, under WSGI and ASGI alike."""

import threading

from django.core.signals import request_started
from django.dispatch import receiver

_lock = threading.Lock()
request_count = 0


@receiver(request_started, dispatch_uid="why_signals.count_request")
def count_request(sender, **kwargs):
    # WSGI sends environ=..., ASGI sends scope=...: accept both through **kwargs.
    global request_count
    with _lock:
        request_count += 1
