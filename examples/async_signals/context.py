"""A receiver that sets a context variable: visible to the sender only from Django 6.1 on."""

from contextvars import ContextVar

from django.dispatch import Signal

# Sent with sender=None, tenant=<a tenant name, a str>.
tenant_resolved = Signal()
current_tenant = ContextVar("current_tenant", default=None)


async def remember_tenant(sender, tenant, **kwargs):
    current_tenant.set(tenant)
    return tenant
