"""Paths and page lists shared by the checks of the built site and its translations."""

import os
from pathlib import Path

import pytest

from signals_docs import site

ROOT = Path(__file__).resolve().parents[1]
BUILD = (ROOT / os.environ.get("BUILDDIR", "_build")).resolve()  # make exports a relative BUILDDIR
LANGUAGES = tuple(site.LANGUAGES)
#: The editions written right to left, and each edition's browser locale ("fa-IR").
RTL = tuple(code for code in LANGUAGES if site.LANGUAGES[code].direction == "rtl")
LOCALES = {code: site.LANGUAGES[code].locale for code in LANGUAGES}


#: The edition a sampled check keeps in every ``make test`` (``sampled``): a right-to-left one runs the
#: same templates and scripts as the source language, and its direction, labels and digits besides.
SAMPLED_LANGUAGE = RTL[0] if RTL else LANGUAGES[-1]


def sampled(values, kept):
    """``values`` of a parametrize whose members run the same code on another language, theme or
    width: ``kept`` runs in every ``make test``, the others are slow (CI and ``make test-all`` run
    them all). README.md ("Quality gates") says which checks are sampled."""

    def slow(value):  # a tuple holds the values of several names
        return pytest.param(*(value if isinstance(value, tuple) else (value,)), marks=pytest.mark.slow)

    return [value if value == kept else slow(value) for value in values]


def other_language(lang: str) -> str:
    """The edition a reader of ``lang`` switches to: the source language, or from it the first translation."""
    return next(code for code in LANGUAGES if code != lang) if lang == site.SOURCE_LANGUAGE else site.SOURCE_LANGUAGE


LOCALE = ROOT / "locale" / "fa" / "LC_MESSAGES"


def source_pages() -> list[str]:
    """Every page of the site, as Sphinx docnames (``docs/why-signals.md`` -> ``why-signals``)."""
    docs = ROOT / "docs"
    return sorted(
        p.relative_to(docs).with_suffix("").as_posix()
        for p in docs.rglob("*.md")
        if not any(part.startswith("_") for part in p.relative_to(docs).parts) and p.name != "README.md"
    )


@pytest.fixture(scope="session")
def html_root() -> Path:
    """The built site; the build is part of `make test`, so its absence is an error."""
    root = BUILD / "html"
    if not all((root / lang / "index.html").is_file() for lang in LANGUAGES):
        pytest.fail(f"{root} has no built site: run 'make html' (or 'make test', which builds first)")
    return root


def route_guard(allowed, refused: list[str]):
    """A Playwright route handler: lets through requests that satisfy ``allowed(url)`` (and
    ``data:``/``blob:``, which never leave the page); refuses the others and notes them in ``refused``."""

    def guard(route):
        url = route.request.url
        if allowed(url) or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            refused.append(url)
            route.abort()

    return guard


def guarded_pages(browser, allowed, what):
    """Yield an ``open_page(**context_options)`` whose requests must satisfy ``allowed(url)``.

    Other requests are refused and, once the test is done, fail it with ``what``.
    """
    contexts, outside = [], []
    guard = route_guard(allowed, outside)

    def open_page(**options):
        context = browser.new_context(**options)
        context.route("**/*", guard)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()
    assert not outside, f"{what}: {outside}"
