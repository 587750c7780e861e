"""A module imported under two names connects twice, unless it uses dispatch_uid."""

import importlib
import sys
from pathlib import Path

import pytest

from connecting.dispatch_uid import newsletter_sent

ROOT = Path(__file__).resolve().parents[2]  # the directory that contains examples/


@pytest.fixture
def both_imports(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT))
    names = ("connecting.imported_twice", "examples.connecting.imported_twice")
    modules = [importlib.import_module(name) for name in names]
    yield modules
    for module in modules:
        newsletter_sent.disconnect(module.without_uid)
    newsletter_sent.disconnect(dispatch_uid="connecting.with_uid")
    for name in (*names, "examples.connecting", "examples"):
        sys.modules.pop(name, None)


def test_two_import_paths_mean_two_modules(both_imports):
    first, second = both_imports
    assert first is not second
    assert first.without_uid is not second.without_uid


def test_only_the_receiver_without_uid_is_duplicated(both_imports):
    replies = [reply for _, reply in newsletter_sent.send(sender=None)]
    assert sorted(replies) == ["with uid", "without uid", "without uid"]
