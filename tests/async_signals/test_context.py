"""A context variable set by a receiver, seen (or not) by the code that sent the signal."""

import django
import pytest

from async_signals.context import current_tenant, remember_tenant, tenant_resolved


@pytest.fixture
def connected():
    tenant_resolved.connect(remember_tenant)
    yield
    tenant_resolved.disconnect(remember_tenant)


async def test_the_reply_works_on_every_version(connected):
    replies = await tenant_resolved.asend(sender=None, tenant="acme")
    assert replies == [(remember_tenant, "acme")]


@pytest.mark.skipif(django.VERSION < (6, 0), reason="Django 6.0 copies receivers' context changes back")
async def test_django_6_shows_the_variable_to_the_sender(connected):
    await tenant_resolved.asend(sender=None, tenant="acme")
    assert current_tenant.get() == "acme"


@pytest.mark.skipif(django.VERSION >= (6, 0), reason="Django 5.2 runs receivers in copied contexts")
async def test_django_5_2_hides_the_variable_from_the_sender(connected):
    await tenant_resolved.asend(sender=None, tenant="acme")
    assert current_tenant.get() is None
