"""Send to every receiver and keep going when one fails, on every supported Django."""


async def notify_all(signal, sender, **kwargs):
    """Return ``{receiver: reply}`` for the receivers that succeeded.

    asend_robust() catches each receiver's exception, logs it on the
    "django.dispatch" logger and returns it in place of the reply.
    """
    replies = await signal.asend_robust(sender=sender, **kwargs)
    return {receiver: reply for receiver, reply in replies if not isinstance(reply, Exception)}
