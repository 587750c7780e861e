"""Receivers for the auth signals, each naming every argument."""

import logging

logger = logging.getLogger(__name__)


def log_user_logged_in(sender, request, user, **kwargs):
    logger.info("user_logged_in %s %s", sender.__name__, user.get_username())


def log_user_logged_out(sender, request, user, **kwargs):
    # user is None (and sender NoneType) if nobody was logged in.
    logger.info("user_logged_out %s %s", sender.__name__, user and user.get_username())


def log_user_login_failed(sender, credentials, request, **kwargs):
    # credentials["password"] arrives masked; request is None unless authenticate() got one.
    logger.warning("user_login_failed %s credentials=%r request=%r", sender, credentials, request)
