"""The two example tasks (django.tasks is new in Django 6.0)."""

import django
import pytest
from tests.utils import django_from

pytestmark = django_from("6.0", reason="django.tasks exists")

if django.VERSION >= (6, 0):
    # At collection, not in a test: importing django.tasks connects Django's own
    # setting_changed receiver, which the leak check would blame on the test.
    from reference.tasks import add, fail


def test_add_and_fail_called_directly():
    assert add.call(2, 3) == 5
    with pytest.raises(ValueError, match="always fails"):
        fail.call()
