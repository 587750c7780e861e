from django.core.signals import request_started
from django.dispatch import receiver

from request_signals.models import Counter


@receiver(request_started, dispatch_uid="request_signals.exercise.count_request")
def count_request(sender, **kwargs):
    counter, _created = Counter.objects.get_or_create(name="requests")
    counter.value += 1
    counter.save()
