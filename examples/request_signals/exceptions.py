"""Log every unhandled view exception with the request that caused it."""

import logging
import sys

logger = logging.getLogger(__name__)


def log_unhandled_exception(sender, request, **kwargs):
    # Django sends got_request_exception from inside its except block, so the
    # exception being handled is still available here (sys.exception() on 3.11+).
    logger.error("Unhandled %r on %s %s", sys.exc_info()[1], request.method, request.path)
