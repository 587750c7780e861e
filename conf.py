"""Sphinx configuration for the bilingual Django signals guide.

Sources live in docs/, this file at the repository root: the Makefile passes
``-c .``. Paths below are relative to docs/ (Sphinx's source directory) unless
built from ROOT.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path[:0] = [str(ROOT / "docs" / "_ext"), str(ROOT / "examples")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "signals_site.settings")

project = "Django Signals"
author = "The Django Signals Training authors"
copyright = "2026, " + author
release = version = "2026.11"

extensions = [
    "myst_parser",
    "sphinx.ext.doctest",
    "sphinx.ext.extlinks",
    "sphinx_copybutton",
    "sphinx_rtd_theme",
    "notfound.extension",
    "sphinx_sitemap",
    # Project extensions (docs/_ext), one job each:
    "verified_examples",
    "lean_assets",
    "skip_link",
    "aria_fixes",
    "absolute_alternates",
    "image_sizes",
    "font_preload",
    "table_wrappers",
    "examples_download",
    "offline_search",
    "persian_search",
    "signals_docs.chrome.site_search",
    "rtl",
    "language_switch",
    "copybutton_labels",
    "bilingual_glossary",
    "interface_js",
    "translated_alt",
]

exclude_patterns = ["_root", "_ext", "**/README.md"]
# These two are relative to conf.py (the root); locale_dirs below is relative to docs/.
templates_path = ["docs/_templates"]
html_static_path = ["docs/_static"]
html_favicon = "docs/_static/favicon.svg"
html_css_files = ["signals.css", ("a11y.css", {"priority": 900})]  # a11y.css last: it fixes contrast

# Translation: one catalog per page; locale_dirs is relative to docs/.
language = "en"
locale_dirs = ["../locale"]
gettext_compact = False
gettext_uuid = False
gettext_location = True
# Mark every node as translated or not, so the tests can prove no English prose
# reaches a Persian page (fuzzy and missing entries silently fall back to English).
translation_progress_classes = True

myst_enable_extensions = ["colon_fence", "deflist", "attrs_inline"]
myst_heading_anchors = 0  # pages use explicit (label)= targets that survive translation

# Every link to Django's documentation goes through these roles, so the version
# is set in one place and no page hard-codes a URL.
DJANGO_DOCS = "https://docs.djangoproject.com/en/6.1/"
extlinks = {
    "djangodoc": (DJANGO_DOCS + "%s", "%s"),
    "djangoticket": ("https://code.djangoproject.com/ticket/%s", "#%s"),
}

# Copy only what a reader should paste: no prompts, no output, no line numbers.
# A block with prompts (>>>, ..., $) copies only its prompted lines, without the
# prompts and without the blank lines that excluding output alone would leave;
# other blocks copy whole (tests/site_checks/test_browser_copy.py).
copybutton_exclude = ".linenos, .go"
copybutton_prompt_text = r">>> |\.\.\. |\.\.\.$|\$ "
copybutton_prompt_is_regexp = True
copybutton_copy_empty_lines = False

# Doctests run against the examples project with a fresh in-memory test database.
doctest_global_setup = """
import django
django.setup()
from django.test.utils import setup_test_environment
from django.db import connection
if not getattr(django, "_signals_docs_ready", False):
    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    django._signals_docs_ready = True
"""

html_theme = "sphinx_rtd_theme"
# language_selector: on Read the Docs the theme would add RTD's own language menu, which
# knows one language (both editions are one RTD project, see .readthedocs.yaml); the
# site's switcher is the one that keeps the reader on the same page.
html_theme_options = {"navigation_depth": 2, "style_external_links": True, "language_selector": False}
html_last_updated_fmt = None
html_show_sourcelink = False
html_copy_source = False

verified_examples_dir = "examples"
verified_tests_dir = "tests"

TITLES = {
    "en": "Django Signals, verified",
    "fa": "سیگنال‌های جنگو، آزموده",
}
COPYRIGHTS = {"en": copyright, "fa": "۲۰۲۶، نویسندگان راهنمای سیگنال‌های جنگو"}


# Where the site is published: canonical links, sitemap.xml and robots.txt need
# absolute URLs; the 404 pages need the path the site is served under.
BASE_URL = os.environ.get("DOCS_BASE_URL", "http://127.0.0.1:8000/").rstrip("/") + "/"
URL_PREFIX = os.environ.get("DOCS_URL_PREFIX", "/").rstrip("/") + "/"
site_url = BASE_URL
sitemap_url_scheme = "{lang}{link}"
sitemap_locales = list(TITLES)
sitemap_excludes = ["404.html", "search.html", "genindex.html"]
notfound_urls_prefix = URL_PREFIX + "en/"


def _localise(app, config):
    # conf.py runs before -D language=... applies; set language-specific values here.
    config.html_title = TITLES.get(config.language, TITLES["en"])
    config.html_short_title = config.html_title
    # The sidebar's header and the phone's top bar show the project name: in Persian on fa pages.
    config.project = {"fa": "سیگنال‌های جنگو"}.get(config.language, project)
    config.copyright = COPYRIGHTS.get(config.language, COPYRIGHTS["en"])
    config.html_baseurl = BASE_URL + config.language + "/"
    config.notfound_urls_prefix = URL_PREFIX + config.language + "/"


def setup(app):
    app.connect("config-inited", _localise)
