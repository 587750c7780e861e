"""A module that connects at import time: one receiver with a dispatch_uid, one without.

Imported under two names (``connecting.imported_twice`` and
``examples.connecting.imported_twice``), it runs twice and its functions are two
different objects each time.
"""

from django.dispatch import receiver

from connecting.dispatch_uid import newsletter_sent


@receiver(newsletter_sent)
def without_uid(sender, **kwargs):
    return "without uid"


@receiver(newsletter_sent, dispatch_uid="connecting.with_uid")
def with_uid(sender, **kwargs):
    return "with uid"
