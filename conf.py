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

# The site's facts (languages, titles, release, addresses) live in one module.
from signals_docs import site  # noqa: E402

project = site.PROJECT
author = site.AUTHOR
copyright = site.LANGUAGES[site.SOURCE_LANGUAGE].copyright
release = version = site.RELEASE

extensions = [
    "myst_parser",
    "sphinx.ext.doctest",
    "sphinx.ext.extlinks",
    "sphinx_copybutton",
    "sphinx_rtd_theme",
    "notfound.extension",
    # Project extensions (docs/_ext/signals_docs), one job each, by concern:
    "signals_docs.examples.verified",
    "signals_docs.examples.dispatch_traces",
    "signals_docs.examples.version_claims",
    "signals_docs.examples.project_zip",
    "signals_docs.examples.download",
    "signals_docs.i18n.labels",
    "signals_docs.i18n.language_switch",
    "signals_docs.i18n.absolute_alternates",
    "signals_docs.i18n.translated_alt",
    "signals_docs.i18n.bilingual_glossary",
    "signals_docs.search.search_page_labels",
    "signals_docs.i18n.copybutton_labels",
    "signals_docs.persian.rtl",
    "signals_docs.persian.font_preload",
    "signals_docs.search.persian",
    "signals_docs.persian.bidi",
    "signals_docs.persian.glossary_order",
    "signals_docs.assets.scripts",
    "signals_docs.assets.css_purge",
    "signals_docs.assets.icon_font",
    "signals_docs.assets.plain_tokens",
    "signals_docs.assets.css_bundle",
    "signals_docs.assets.minify",
    "signals_docs.chrome",  # the site's stylesheets (html_css_files below) and favicon
    "signals_docs.chrome.skip_link",
    "signals_docs.chrome.viewport",
    "signals_docs.chrome.color_scheme",
    "signals_docs.chrome.paper",
    "signals_docs.chrome.edit_link",
    "signals_docs.i18n.catalog_dependency",
    "sphinx_last_updated_by_git",
    "signals_docs.chrome.caption_aria_level",
    "signals_docs.chrome.image_sizes",
    "signals_docs.chrome.table_wrappers",
    "signals_docs.search.offline_search",
    "signals_docs.chrome.code_breaks",
    "signals_docs.chrome.inline_code",
    "signals_docs.persian.index_order",
    "signals_docs.persian.bidi_runs",
    "signals_docs.search.site_search",
    "signals_docs.examples.runnable",
    "signals_docs.exercises.directive",
    "signals_docs.exercises.progress",
    "signals_docs.exercises.predict",
    "signals_docs.assets.html_indent",
    "signals_docs.chrome.csp",  # last: it hashes the inline blocks the others write
]

exclude_patterns = ["_ext", "**/README.md"]
# These two are relative to conf.py (the root); locale_dirs below is relative to docs/.
# Static files: each group of signals_docs serves its own static/ folder.
templates_path = ["docs/_templates"]
html_favicon = "docs/_ext/signals_docs/chrome/static/favicon.svg"
html_css_files = ["signals.css", ("a11y.css", {"priority": 900})]  # a11y.css last: it fixes contrast

# Translation: one catalog per page; locale_dirs is relative to docs/.
language = "en"
locale_dirs = ["../locale"]
gettext_compact = False
gettext_uuid = False
gettext_location = True
# Mark every node left untranslated, so the tests can prove no English prose reaches
# a Persian page (fuzzy and missing entries silently fall back to English). Only those:
# a "translated" class on every paragraph weighed 2 KB of the longest page (issue 27).
translation_progress_classes = "untranslated"

myst_enable_extensions = ["colon_fence", "deflist", "attrs_inline"]
myst_heading_anchors = 0  # pages use explicit (label)= targets that survive translation

# Every link to Django's documentation goes through these roles, so the version
# is set in one place (site.py's newest series) and no page hard-codes a URL.
extlinks = {
    "djangodoc": (site.django_docs() + "%s", "%s"),
    "djangoticket": ("https://code.djangoproject.com/ticket/%s", "#%s"),
}

# Copy only what a reader should paste: no prompts, no output, no line numbers.
# A block with prompts (>>>, ..., $) copies only its prompted lines, without the
# prompts and without the blank lines that excluding output alone would leave;
# other blocks copy whole (tests/browser/test_browser_copy.py).
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
# Each page says when its content last changed: the newest commit of its source, the
# examples it includes and, on translated pages, its catalog (sphinx-last-updated-by-git).
# Built outside git (a tarball) or from a shallow clone, pages simply carry no date.
html_last_updated_fmt = "%Y-%m-%d"
suppress_warnings = ["git.subprocess_error", "git.command_not_found", "git.too_shallow"]
html_show_sourcelink = False
html_copy_source = False

verified_examples_dir = "examples"
verified_tests_dir = "tests"

# Where the site is published (env DOCS_BASE_URL, DOCS_URL_PREFIX): canonical links need
# absolute URLs; the 404 pages need the path the site is served under. The sitemaps and
# robots.txt are written by scripts/site_root.py once both languages are built.
BASE_URL = site.base_url()
URL_PREFIX = site.url_prefix()


def _localise(app, config):
    # conf.py runs before -D language=... applies; set language-specific values here.
    lang = site.language(config.language)
    config.html_title = config.html_short_title = lang.title
    # The sidebar's header and the phone's top bar show the project name: in Persian on fa pages.
    config.project = lang.project
    config.copyright = lang.copyright
    config.html_baseurl = BASE_URL + lang.code + "/"
    config.notfound_urls_prefix = URL_PREFIX + lang.code + "/"


def setup(app):
    app.connect("config-inited", _localise)
