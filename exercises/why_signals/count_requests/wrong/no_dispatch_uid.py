from django.core.signals import request_started
from django.dispatch import receiver

request_count = 0


@receiver(request_started)
def count_request(sender, **kwargs):
    global request_count
    request_count += 1
