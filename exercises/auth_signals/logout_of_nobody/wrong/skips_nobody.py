from django.contrib.auth.signals import user_logged_out
from django.dispatch import receiver

logouts = []  # the username of each logout, "" when nobody was logged in


@receiver(user_logged_out, dispatch_uid="auth_signals.exercise.remember_logout")
def remember_logout(sender, request, user, **kwargs):
    if user is not None:
        logouts.append(user.get_username())
