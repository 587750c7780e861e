"""Before Django 6.0 there is no django.tasks: the page's task example needs 6.0 or later."""

import importlib.util

from tests.utils import django_before


@django_before("6.0", reason="django.tasks is new in Django 6.0")
def test_before_6_0_there_is_no_django_tasks():
    assert importlib.util.find_spec("django.tasks") is None
