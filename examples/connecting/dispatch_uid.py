"""dispatch_uid: connecting the same receiver twice adds it once."""

from django.dispatch import Signal

newsletter_sent = Signal()
deliveries = []


def count_delivery(sender, **kwargs):
    deliveries.append(sender)


def connect_delivery_counter():
    # Safe to call from AppConfig.ready(), however many times it runs.
    newsletter_sent.connect(count_delivery, dispatch_uid="connecting.count_delivery")
