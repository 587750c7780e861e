"""site.py, the one home of the site's facts: its records are whole, and what repeats a fact agrees.

requirements-examples.txt is what a reader of the examples zip installs: its Django pin must be
the newest patch release site.py teaches, or the zip's readers test on a Django the site never did.
"""

import re
from types import SimpleNamespace

import pytest

from signals_docs import site
from sitepaths import ROOT

STATIC = ROOT / "docs" / "_ext" / "signals_docs"


def pinned_django(requirements: str) -> str | None:
    """The Django release a requirements file pins with ``==`` (no marker), or None."""
    match = re.search(r"^django==([\w.]+)\s*$", requirements, flags=re.IGNORECASE | re.MULTILINE)
    return match and match[1]


def test_the_examples_requirements_pin_the_newest_patch_the_site_teaches():
    newest = site.DJANGO_SERIES[-1].patch
    assert pinned_django((ROOT / "requirements-examples.txt").read_text("utf-8")) == newest, (
        f"requirements-examples.txt must pin Django=={newest} (site.DJANGO_SERIES)"
    )
    assert pinned_django("Django==6.0.10\n") != newest  # a stale pin is seen


def test_django_docs_links_follow_the_newest_series():
    assert site.django_docs() == f"https://docs.djangoproject.com/en/{site.DJANGO_SERIES[-1].series}/"


@pytest.mark.parametrize("code", site.LANGUAGES)
def test_every_language_record_is_whole(code):
    lang = site.LANGUAGES[code]
    assert lang.code == code and lang.direction in ("ltr", "rtl")
    assert lang.english_name and lang.tagline and lang.locale.split("-")[0] == code
    assert len(lang.digits) == 10 and lang.number(2026) == "".join(lang.digits[int(d)] for d in "2026")
    if lang.font:
        found = [
            f
            for f in lang.font.files + lang.font.print_files + (lang.font.css,)
            if not list(STATIC.glob(f"*/static/{f}"))
        ]
        assert not found, f"{code}: font files not under any static/ folder: {found}"
        assert len(lang.font.files) == len(lang.font.print_files) == len(lang.font.weights), "a file per weight"


@pytest.mark.parametrize(
    ("configured", "code"), [("fa_IR", "fa"), ("fa", "fa"), (None, site.SOURCE_LANGUAGE), ("", site.SOURCE_LANGUAGE)]
)
def test_a_builds_language_is_asked_one_way(configured, code):
    config = SimpleNamespace(language=configured)
    assert site.build_code(config) == code
    assert site.build_language(config) is site.LANGUAGES[code]
