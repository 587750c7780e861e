from django.core.signals import request_started
from django.db.models import F
from django.dispatch import receiver

from request_signals.models import Counter


@receiver(request_started, dispatch_uid="request_signals.exercise.count_request")
def count_request(sender, **kwargs):
    Counter.objects.filter(name="requests").update(value=F("value") + 1)
