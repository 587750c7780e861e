"""Nothing Django ships is missing from the reference.

Every ``Signal`` object in Django's signal modules (and in any other Django module
imported by now) must be in the catalogue, and every catalogued signal must have
its labelled section and its row in the summary table on the reference pages.
"""

import importlib
import re
import sys
from pathlib import Path

import django
import pytest
from django.dispatch import Signal

from reference.catalogue import BUILT_IN_SIGNALS, UNDOCUMENTED, label
from tests.utils import django_before

SIGNAL_MODULES = [
    "django.db.models.signals",
    "django.core.signals",
    "django.test.signals",
    "django.db.backends.signals",
    "django.contrib.auth.signals",
    "django.utils.autoreload",
    *(["django.tasks.signals"] if django.VERSION >= (6, 0) else []),
]
for _module in SIGNAL_MODULES:
    # Import now, at collection: importing some of them connects Django's own
    # receivers, which the leak check would otherwise blame on a test.
    importlib.import_module(_module)

CURRENT = [s for s in BUILT_IN_SIGNALS if django.VERSION[:2] >= s.since]
DOCS = Path(__file__).resolve().parents[2] / "docs" / "reference"


def signal_of(module, name):
    return getattr(importlib.import_module(module), name)


def known():
    found = {id(signal_of(s.module, s.name)): s.name for s in CURRENT}
    found.update({id(signal_of(module, name)): name for name, module in UNDOCUMENTED.items()})
    return found


def test_every_catalogued_signal_is_a_signal_at_its_documented_path():
    for entry in CURRENT:
        assert isinstance(signal_of(entry.module, entry.name), Signal), entry


def test_every_signal_in_djangos_signal_modules_is_catalogued():
    catalogued = known()
    missing = [
        f"{module}.{name}"
        for module in SIGNAL_MODULES
        for name, value in vars(importlib.import_module(module)).items()
        if isinstance(value, Signal) and id(value) not in catalogued
    ]
    assert not missing, f"Django has signals the reference does not document: {missing}"


def test_no_other_imported_django_module_defines_a_signal():
    for module in SIGNAL_MODULES:
        importlib.import_module(module)
    catalogued = known()
    missing = sorted(
        f"{module_name}.{name}"
        for module_name, module in list(sys.modules.items())
        if module_name.split(".")[0] == "django" and module is not None
        for name, value in list(vars(module).items())
        # type(), not isinstance(): isinstance() would evaluate lazy objects such as staticfiles_storage.
        if issubclass(type(value), Signal) and id(value) not in catalogued
    )
    assert not missing, f"Django has signals the reference does not document: {missing}"


def test_a_signals_label_is_its_name_with_dashes():
    assert label("post_save") == "signal-post-save"


@django_before("6.0", reason="there is no django.tasks")
def test_the_tasks_signals_do_not_exist_before_django_6():
    with pytest.raises(ImportError):
        importlib.import_module("django.tasks")


@pytest.mark.skipif(not DOCS.is_dir(), reason="the reference pages are not part of the examples archive")
def test_every_catalogued_signal_has_a_section_and_a_summary_row():
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    problems = []
    for entry in BUILT_IN_SIGNALS:
        page = DOCS / f"{entry.group}.md"
        text = page.read_text(encoding="utf-8") if page.is_file() else ""
        if f"({label(entry.name)})=" not in text:
            problems.append(f"{page.name}: no section labelled ({label(entry.name)})=")
        if f"`{entry.module}`" not in text:
            problems.append(f"{page.name}: {entry.name}'s module `{entry.module}` is not named")
        if f"<{label(entry.name)}>`" not in index:
            problems.append(f"index.md: no summary row links {label(entry.name)}")
    assert not problems, "\n".join(problems)


@pytest.mark.skipif(not DOCS.is_dir(), reason="the reference pages are not part of the examples archive")
def test_the_pages_document_no_signal_the_catalogue_lacks():
    labels = {m for page in DOCS.glob("*.md") for m in re.findall(r"^\(signal-([\w-]+)\)=", page.read_text(), re.M)}
    assert labels == {label(s.name).removeprefix("signal-") for s in BUILT_IN_SIGNALS}
