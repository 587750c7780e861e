import asyncio

from django.dispatch import receiver

from async_signals.mixed import report_ready


@receiver(report_ready, dispatch_uid="async_signals.exercise.push_to_phone")
async def push_to_phone(sender, report, **kwargs):
    await asyncio.sleep(0)  # stands for the awaited push service
    return f"phoned {report}"


async def announce(report):
    # asend_robust(): a failing receiver is logged and returned, not raised.
    replies = await report_ready.asend_robust(sender=None, report=report)
    return {receiver.__name__: reply for receiver, reply in replies if not isinstance(reply, Exception)}
