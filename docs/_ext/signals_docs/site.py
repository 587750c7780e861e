"""The site's facts, in one place: languages, release, Django versions, addresses.

Why: the Makefile, conf.py, the extensions, the scripts and the tests all need
the same few facts (which languages, which way each is written, which Django
releases the site covers). Each reads them from here, so adding a language or
a Django release is a change of one line. The Makefile asks through
``python -m signals_docs.site <fact>``.
"""

from __future__ import annotations

import datetime as _dt
import os
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


PROJECT = "Django Signals"
AUTHOR = "The Django Signals Training authors"
#: The edition: names the offline zip (``make dist``) and stands in every page's footer.
RELEASE = "2026.11"


LATIN_DIGITS = "0123456789"


@dataclass(frozen=True)
class Font:
    """A typeface the site hosts itself for a script the default fonts may lack (scripts/subset_fonts.py)."""

    family: str  # the CSS family name
    css: str  # its @font-face stylesheet, under the language build's _static/
    files: tuple[str, ...]  # (regular, bold) woff2 files under _static/ (may be one file twice), for the root page
    print_files: tuple[str, ...]  # (regular, bold) static woff2 files for print: a PDF embeds them as TrueType
    weights: tuple[int, ...] = (400, 700)  # the CSS weights of files and print_files, in their order


@dataclass(frozen=True)
class Language:
    """Everything the site needs to know about one edition; adding a language is adding one."""

    code: str
    name: str  # the language's own name, as the switcher shows it
    direction: str  # "ltr" or "rtl"
    title: str  # the site's title in this language
    project: str  # the short name in the sidebar's header and the phone's top bar
    copyright: str  # the footer's line
    english_name: str = ""  # its name in English ("Persian"), translated by each edition's catalog
    tagline: str = ""  # one sentence on the root language chooser, in the language
    locale: str = ""  # a reader's browser locale ("fa-IR"): what the browser tests read with
    digits: str = LATIN_DIGITS  # the digits of its prose, 0 to 9
    font: Font | None = None  # a self-hosted typeface for its script, if the default fonts lack it
    pdf_contents: str = "Contents"  # the PDF outline's title
    collation: str = ""  # "persian": glossary and index in persian.collation's order; "": Sphinx's
    plural_forms: str = "nplurals=2; plural=(n != 1);"  # its catalogs' gettext Plural-Forms header

    def number(self, value: object) -> str:
        """``value`` (a number, or text with numbers) written with this language's digits."""
        return str(value).translate(str.maketrans(LATIN_DIGITS, self.digits))


VAZIRMATN = Font(
    "Vazirmatn",
    "fonts/vazirmatn/vazirmatn.css",
    ("fonts/vazirmatn/Vazirmatn.subset.woff2",) * 2,  # the variable font, for both weights
    ("fonts/vazirmatn/Vazirmatn-Regular.print.woff2", "fonts/vazirmatn/Vazirmatn-Bold.print.woff2"),
)
LANGUAGES = {
    "en": Language(
        "en", "English", "ltr", "Django Signals, verified", PROJECT, f"2026, {AUTHOR}", english_name="English",
        tagline="A bilingual guide to Django signals in which every snippet is a tested module.", locale="en-US",
    ),
    "fa": Language(
        "fa", "فارسی", "rtl", "سیگنال‌های جنگو، آزموده", "سیگنال‌های جنگو", "۲۰۲۶، نویسندگان راهنمای سیگنال‌های جنگو",
        english_name="Persian", tagline="راهنمای دوزبانهٔ سیگنال‌های جنگو که هر قطعه‌کد آن ماژولی آزموده است.",
        locale="fa-IR", digits="۰۱۲۳۴۵۶۷۸۹", font=VAZIRMATN, pdf_contents="فهرست مطالب", collation="persian",
        plural_forms="nplurals=2; plural=(n > 1);",
    ),
}  # fmt: skip
SOURCE_LANGUAGE = "en"
RTL_LANGUAGES = frozenset(code for code, lang in LANGUAGES.items() if lang.direction == "rtl")


def build_code(config) -> str:
    """The bare code of the language a Sphinx build writes: ``fa`` for ``fa_IR``, the source language if unset.

    The one way every extension asks "which edition is this?" (``build_language`` for its record).
    """
    return (getattr(config, "language", None) or SOURCE_LANGUAGE).split("_")[0]


def build_language(config) -> Language:
    """The record of the language a Sphinx build writes (the source language's if the site lacks it)."""
    return language(build_code(config))


def language(code: str | None) -> Language:
    """The site's language for a Sphinx ``language`` value (``fa``, ``fa_IR``); the source language if unknown."""
    return LANGUAGES.get((code or SOURCE_LANGUAGE).split("_")[0], LANGUAGES[SOURCE_LANGUAGE])


def direction(code: str | None) -> str:
    """``"rtl"`` or ``"ltr"`` for a language code, known to the site or not."""
    return "rtl" if (code or "").split("_")[0] in RTL_LANGUAGES else "ltr"


def _folder_url(value: str) -> str:
    return value.rstrip("/") + "/"


#: Where ``make serve`` and ``make livehtml`` serve the site (the Makefile reads both), and so
#: the address a local build's canonical links name.
HOST = "127.0.0.1"
PORT = 8000


def base_url(environ: dict[str, str] | None = None) -> str:
    """The absolute URL the site is published at (env ``DOCS_BASE_URL``), ending in ``/``.

    Canonical links, hreflang alternates, sitemaps and robots.txt need it.
    """
    return _folder_url((os.environ if environ is None else environ).get("DOCS_BASE_URL", f"http://{HOST}:{PORT}/"))


def url_prefix(environ: dict[str, str] | None = None) -> str:
    """The path the site is served under (env ``DOCS_URL_PREFIX``), ``/`` at a domain's root.

    The 404 page is served at any depth, so its links start from here.
    """
    return _folder_url((os.environ if environ is None else environ).get("DOCS_URL_PREFIX", "/"))


@dataclass(frozen=True)
class DjangoSeries:
    series: str  # "6.1"
    patch: str  # the pinned patch release the site is tested on, "6.1.3"
    end_of_support: _dt.date  # last day of security fixes (djangoproject.com/download)
    python: tuple[str, str]  # oldest and newest Python the series supports (its release notes)
    lts: bool = False

    @property
    def key(self) -> tuple[int, int]:
        major, minor = self.series.split(".")
        return int(major), int(minor)

    @property
    def pythons(self) -> tuple[str, ...]:
        """Every Python release the series supports, oldest first: ("3.12", "3.13", "3.14")."""
        (major, oldest), (_, newest) = (map(int, v.split(".")) for v in self.python)
        return tuple(f"{major}.{minor}" for minor in range(oldest, newest + 1))


# Every Django release series the site teaches, oldest first. A series drops out
# of the matrix on the day its security support ends (supported_django()); the matrix
# runs each on the oldest and the newest Python of its range found on the machine.
DJANGO_SERIES = (
    DjangoSeries("5.2", "5.2.19", _dt.date(2028, 4, 30), ("3.10", "3.14"), lts=True),
    DjangoSeries("6.0", "6.0.10", _dt.date(2027, 4, 30), ("3.12", "3.14")),
    DjangoSeries("6.1", "6.1.3", _dt.date(2027, 12, 31), ("3.12", "3.14")),
)


def django_docs() -> str:
    """The address of Django's documentation for the newest series the site teaches (the djangodoc role)."""
    return f"https://docs.djangoproject.com/en/{DJANGO_SERIES[-1].series}/"


def build_date() -> _dt.date:
    """The day of the build: SOURCE_DATE_EPOCH when set (reproducible builds), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return _dt.datetime.fromtimestamp(int(epoch), _dt.UTC).date()
    return _dt.date.today()


def supported_django(on: _dt.date | None = None) -> tuple[DjangoSeries, ...]:
    """The series still supported on ``on`` (default: the build date)."""
    day = on or build_date()
    return tuple(s for s in DJANGO_SERIES if s.end_of_support >= day)


# Where a reader can propose a change to a page: a URL pattern with ``{path}``, the
# file's path in the repository (``docs/<page>.md`` for English pages, the page's
# catalog ``locale/<lang>/LC_MESSAGES/<page>.po`` for translations). Unset — as in a
# build from a tarball — the pages show no such link. CI sets it for the published site
# (.github/workflows/docs.yml), e.g. https://github.com/<owner>/<repo>/edit/main/{path}.
EDIT_URL = os.environ.get("DOCS_EDIT_URL", "")


#: What a reader runs in an unzipped copy of the site to serve it over HTTP (from ``file://``
#: the Run buttons say so), and the address it is then at: http.server's default port.
SERVE_COMMAND = "python3 -m http.server"
LOCAL_URL = "http://localhost:8000/"

#: Folders of tests/ that check the site (its extensions and their tiny projects in
#: roots/, the built pages, the browser, the translations) and run no example: the
#: browser runtime leaves them out of its project, and coverage, which measures
#: examples/, is paused in them.
SITE_TESTS = frozenset({"extensions", "roots", "site", "browser", "translations"})


def _main(argv: list[str]) -> int:
    facts = {
        "languages": lambda: " ".join(LANGUAGES),
        "release": lambda: RELEASE,
        "django-versions": lambda: " ".join(s.patch for s in supported_django()),
        "django-series": lambda: " ".join(s.series for s in supported_django()),
        "site-tests": lambda: " ".join(sorted(SITE_TESTS)),
        "host": lambda: HOST,
        "port": lambda: str(PORT),
    }
    if len(argv) != 1 or argv[0] not in facts:
        print(f"usage: python -m signals_docs.site {{{'|'.join(facts)}}}", file=sys.stderr)
        return 2
    print(facts[argv[0]]())
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
