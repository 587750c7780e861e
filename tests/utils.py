"""Shared markers for tests that pin one Django version's behaviour.

Use these, never a bare ``skipif(django.VERSION ...)``: the skip reason names the
version, and the site's build reads them (``signals_docs.examples.version_claims``)
to prove that a page's version claim is pinned by a test that runs on every
version the claim names. The series are those of ``DJANGO_SERIES`` in
``docs/_ext/signals_docs/site.py``; the build refuses any other.

    @django_from("6.1", reason="asend() runs receivers in an asyncio.TaskGroup")
    @django_before("6.1", reason="asend() runs receivers with asyncio.gather()")
"""

import django
import pytest

VERSION = django.VERSION[:2]


def _key(series: str) -> tuple[int, int]:
    major, minor = series.split(".")
    return int(major), int(minor)


def django_from(series: str, *, reason: str) -> pytest.MarkDecorator:
    """Run only on Django ``series`` and later."""
    return pytest.mark.skipif(VERSION < _key(series), reason=f"Django {series} and later: {reason}")


def django_before(series: str, *, reason: str) -> pytest.MarkDecorator:
    """Run only on the Django series before ``series``."""
    return pytest.mark.skipif(VERSION >= _key(series), reason=f"before Django {series}: {reason}")
