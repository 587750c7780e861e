# The tests that the tiny project's claims name (never collected: not test_*.py).
import pytest

from tests.utils import django_before, django_from

pytestmark = [pytest.mark.django_db]
newest = django_from("6.1", reason="the newest behaviour")


def test_everywhere():
    pass


@django_from("6.1", reason="new in 6.1")
def test_new():
    pass


@django_before("6.1", reason="gone in 6.1")
def test_old():
    pass


@newest
async def test_alias():
    pass


@pytest.mark.skipif(True, reason="opaque")
def test_opaque():
    pass


class TestGrouped:
    pytestmark = django_from("6.0", reason="the group")

    def test_inside(self):
        pass
