"""One row per login, failed login and logout: an audit trail fed by auth signals."""

from django.conf import settings
from django.db import models


class LoginEvent(models.Model):
    class Kind(models.TextChoices):
        LOGGED_IN = "in", "logged in"
        FAILED = "failed", "login failed"
        LOGGED_OUT = "out", "logged out"

    kind = models.CharField(max_length=6, choices=Kind)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    username = models.CharField(max_length=150, blank=True)
    ip_address = models.GenericIPAddressField(null=True)
