from django.dispatch import receiver

from connecting.dispatch_uid import newsletter_sent


@receiver(newsletter_sent)
def count_reader(sender, **kwargs):
    return "counted"
