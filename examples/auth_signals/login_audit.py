"""An audit trail of logins, failed logins and logouts, fed by django.contrib.auth's signals."""

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from .models import LoginEvent


def client_ip(request):
    return request.META.get("REMOTE_ADDR") if request is not None else None


@receiver(user_logged_in, dispatch_uid="auth_signals.record_login")
def record_login(sender, request, user, **kwargs):
    LoginEvent.objects.create(kind=LoginEvent.Kind.LOGGED_IN, user=user, username=user.get_username(),
                              ip_address=client_ip(request))  # fmt: skip


@receiver(user_login_failed, dispatch_uid="auth_signals.record_failed_login")
def record_failed_login(sender, credentials, request=None, **kwargs):
    # credentials are cleansed: any key that looks secret (password, token, ...) is starred out.
    LoginEvent.objects.create(kind=LoginEvent.Kind.FAILED, username=credentials.get("username", ""),
                              ip_address=client_ip(request))  # fmt: skip


@receiver(user_logged_out, dispatch_uid="auth_signals.record_logout")
def record_logout(sender, request, user, **kwargs):
    # user is None when nobody was logged in (logout() is called anyway).
    LoginEvent.objects.create(kind=LoginEvent.Kind.LOGGED_OUT, user=user,
                              username=user.get_username() if user else "", ip_address=client_ip(request))  # fmt: skip
