"""Load no jQuery, and let no script block the first paint.

Why: sphinx-rtd-theme loads jQuery (87 KB) for its navigation script alone, and
every script in ``<head>`` blocks rendering until it has run. ``static/js/theme.js``
replaces the theme's navigation script with a plain-JavaScript one, so on every
page this leaves jQuery out and gives the other scripts ``defer``: deferred
scripts still run in order, before DOMContentLoaded. The theme's own theme.js
(written by its layout.html, not through ``script_files``) stays blocking for the
inline ``jQuery(function () {...})`` call that follows it. The search page is left
as it is: its template loads searchtools.js as a blocking script that needs
doctools.js already run.

sphinx-copybutton's ``clipboard.min.js`` (9 KB on every page) gives way to
``static/clipboard.js`` (1 KB): the two calls copybutton.js makes, on the browser's
own clipboard (issue 27: every page's first load within 150 KB).

A page without a code block (the glossary, the index, the search page) loads none of the copy
button's three scripts (copybutton.js, its labels and clipboard.js: 8 KB): copybutton.js
only gives a button to the blocks a page has when it loads. The home page keeps them: most
readers start there, and the page they open next, which has code, must cost little
(tests/browser/test_weight.py).

Sphinx's ``doctools.js``, ``sphinx_highlight.js`` and a language's ``translations.js``
(6 to 8 KB) do two things on a page other than the search page: "/" focuses the search
field, and a page opened from a search result marks the words searched for. There
``static/search-words.js`` (1 KB) does the first and loads the three, in their order,
only for the second (the search page leaves the words in localStorage).
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from sphinx.application import Sphinx

#: Scripts that only the theme's original theme.js needed.
JQUERY_FILES = ("jquery.js", "_sphinx_javascript_frameworks_compat.js")
#: Sphinx's scripts that only mark a search's words, in the order they must run, and their loader.
SEARCH_WORDS_SCRIPTS = ("doctools.js", "translations.js", "sphinx_highlight.js")
SEARCH_WORDS = "search-words.js"
#: sphinx-copybutton's clipboard library, and what replaces it.
CLIPBOARD_JS, CLIPBOARD_LITE = "clipboard.min.js", "clipboard.js"
#: The copy button's scripts (sphinx-copybutton's, i18n/copybutton_labels'), and what it gives a button to.
COPY_BUTTON_SCRIPTS = ("copybutton.js", "copybutton-labels.js", CLIPBOARD_LITE)
CODE_BLOCK = '<div class="highlight">'
LEFT_OUT = (*JQUERY_FILES, CLIPBOARD_JS)
_OPENING_TAG = re.compile(r"<script\b[^>]*>")


def defer(tag: str) -> str:
    """A ``<script src=...>`` tag with ``defer``, unless it is inline or already ``async``/``defer``."""
    opening = _OPENING_TAG.match(tag)
    if not opening or " src=" not in opening.group(0) or re.search(r"\s(async|defer)[\s=>]", opening.group(0)):
        return tag
    return "<script defer " + tag.removeprefix("<script ")


def _name(script) -> str:
    return str(getattr(script, "filename", script))


def _lighten_page(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    scripts = context.get("script_files")
    later: list[str] = []  # what search-words.js loads on this page
    if scripts:
        kept = [s for s in scripts if not _name(s).endswith(LEFT_OUT)]
        if CODE_BLOCK not in context.get("body", "") and pagename != app.config.root_doc:
            kept = [s for s in kept if not _name(s).endswith(COPY_BUTTON_SCRIPTS)]
        if templatename == "search.html":
            kept = [s for s in kept if not _name(s).endswith(SEARCH_WORDS)]
        elif any(_name(s).endswith(SEARCH_WORDS) for s in kept):
            found = [_name(s).removeprefix("_static/") for s in kept if _name(s).endswith(SEARCH_WORDS_SCRIPTS)]
            later = [name for wanted in SEARCH_WORDS_SCRIPTS for name in found if name.endswith(wanted)]
            kept = [s for s in kept if not _name(s).endswith(SEARCH_WORDS_SCRIPTS)]
        context["script_files"] = kept
    js_tag = context.get("js_tag")
    if callable(js_tag) and templatename != "search.html":
        # The page's own js_tag (Sphinx writes the checksum and attributes); the tag it
        # returns only gains ``defer``, and search-words.js the names of the scripts it loads.
        names = html.escape(json.dumps(later))

        def lean_tag(script) -> str:
            tag = js_tag(script)
            if _name(script).endswith(SEARCH_WORDS):
                tag = tag.replace("<script ", f'<script data-scripts="{names}" ', 1)
            return defer(tag)

        context["js_tag"] = lean_tag


def _remove_jquery(app: Sphinx, exception: Exception | None) -> None:
    if exception is None and app.builder.format == "html":
        for name in LEFT_OUT:
            (Path(app.outdir) / "_static" / name).unlink(missing_ok=True)


def _add_lean_scripts(app: Sphinx) -> None:
    if "sphinx_copybutton" in app.extensions:
        app.add_js_file(CLIPBOARD_LITE, priority=499)  # before copybutton.js (500), which waits for it anyway
    app.add_js_file(SEARCH_WORDS, priority=210)  # where sphinx_highlight.js (200) was


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.assets")  # js/theme.js, in place of the theme's
    app.connect("builder-inited", _add_lean_scripts)
    app.connect("html-page-context", _lighten_page)
    app.connect("build-finished", _remove_jquery)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
