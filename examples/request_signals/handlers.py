"""What a request signal's receiver is given under WSGI and under ASGI."""

from django.core.signals import request_started


def describe_request(sender, **kwargs):
    """Return which handler started the request, through which interface, for which path."""
    if "scope" in kwargs:
        interface, path = "ASGI", kwargs["scope"]["path"]
    else:
        interface, path = "WSGI", kwargs["environ"]["PATH_INFO"]
    return {"handler": sender.__name__, "interface": interface, "path": path}


def connect():
    request_started.connect(describe_request, dispatch_uid="request_signals.describe_request")


def disconnect():
    request_started.disconnect(dispatch_uid="request_signals.describe_request")
