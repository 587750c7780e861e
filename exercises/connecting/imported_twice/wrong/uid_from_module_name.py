from django.dispatch import receiver

from connecting.dispatch_uid import newsletter_sent


@receiver(newsletter_sent, dispatch_uid=f"{__name__}.count_reader")
def count_reader(sender, **kwargs):
    return "counted"
