"""Receivers for the request/response signals, each naming every argument."""

import logging

logger = logging.getLogger(__name__)


def log_request_started(sender, **kwargs):
    # WSGI handlers send environ=..., ASGI handlers send scope=...
    path = kwargs["environ"]["PATH_INFO"] if "environ" in kwargs else kwargs["scope"]["path"]
    logger.info("request_started sender=%s path=%r", sender, path)


def log_request_finished(sender, **kwargs):
    # sender is the handler class, or None for responses the test clients close.
    logger.info("request_finished sender=%s", sender)


def log_got_request_exception(sender, request, **kwargs):
    # Sent from inside the handler's except block: the exception is still current.
    logger.exception("got_request_exception %s %s", request.method, request.path)
