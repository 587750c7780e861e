"""One signal, an async receiver and a sync receiver: both run with send() or asend()."""

import asyncio

from django.dispatch import Signal, receiver

# Sent with sender=<the report's class>, report=<its name, a str>.
report_ready = Signal()


@receiver(report_ready, dispatch_uid="async_signals.push_to_browser")
async def push_to_browser(sender, report, **kwargs):
    await asyncio.sleep(0)  # stands for an awaited network call
    return f"pushed {report}"


@receiver(report_ready, dispatch_uid="async_signals.write_audit_line")
def write_audit_line(sender, report, **kwargs):
    return f"audited {report}"
