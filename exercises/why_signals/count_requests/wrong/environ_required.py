from django.core.signals import request_started
from django.dispatch import receiver

request_count = 0


@receiver(request_started, dispatch_uid="why_signals.count_request_exercise")
def count_request(sender, environ, **kwargs):
    global request_count
    request_count += 1
