"""Turn off Django's own last_login update, for a project that does not want it."""

from django.contrib.auth.models import update_last_login
from django.contrib.auth.signals import user_logged_in


def stop_updating_last_login():
    # django.contrib.auth's AppConfig.ready() connected it with this dispatch_uid;
    # call this from a ready() that runs after it (an app listed below django.contrib.auth).
    return user_logged_in.disconnect(update_last_login, dispatch_uid="update_last_login")


def resume_updating_last_login():
    user_logged_in.connect(update_last_login, dispatch_uid="update_last_login")
