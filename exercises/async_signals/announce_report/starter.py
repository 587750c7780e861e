from django.dispatch import receiver

from async_signals.mixed import report_ready


@receiver(report_ready, dispatch_uid="async_signals.exercise.push_to_phone")
def push_to_phone(sender, report, **kwargs):
    return f"phoned {report}"


async def announce(report):
    replies = await report_ready.asend(sender=None, report=report)
    return {receiver.__name__: reply for receiver, reply in replies}
