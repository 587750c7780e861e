from collections import Counter

from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver

failures = Counter()  # failed logins by REMOTE_ADDR


@receiver(user_login_failed, dispatch_uid="auth_signals.exercise.count_failure")
def count_failure(sender, credentials, **kwargs):
    failures[credentials.get("username")] += 1
