"""A context variable set by a receiver, seen (or not) by the code that sent the signal."""

import pytest

from async_signals.context import current_tenant, remember_tenant, tenant_resolved
from tests.utils import django_before, django_from


@pytest.fixture
def connected():
    tenant_resolved.connect(remember_tenant)
    yield
    tenant_resolved.disconnect(remember_tenant)


async def test_the_reply_works_on_every_version(connected):
    replies = await tenant_resolved.asend(sender=None, tenant="acme")
    assert replies == [(remember_tenant, "acme")]


SENDS = pytest.mark.parametrize("send", ["asend", "asend_robust"])


@django_from("6.1", reason="asend() runs receivers in a TaskGroup that shares one context and copies it back")
@SENDS
async def test_django_6_1_shows_the_variable_to_the_sender(connected, send):
    await getattr(tenant_resolved, send)(sender=None, tenant="acme")
    assert current_tenant.get() == "acme"


@django_before("6.1", reason="asend() gathers receivers, each in a copied context")
@SENDS
async def test_before_6_1_hides_the_variable_from_the_sender(connected, send):
    await getattr(tenant_resolved, send)(sender=None, tenant="acme")
    assert current_tenant.get() is None
