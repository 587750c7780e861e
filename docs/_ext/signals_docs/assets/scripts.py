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
"""

from __future__ import annotations

import re
from pathlib import Path

from sphinx.application import Sphinx

#: Scripts that only the theme's original theme.js needed.
JQUERY_FILES = ("jquery.js", "_sphinx_javascript_frameworks_compat.js")
_OPENING_TAG = re.compile(r"<script\b[^>]*>")


def defer(tag: str) -> str:
    """A ``<script src=...>`` tag with ``defer``, unless it is inline or already ``async``/``defer``."""
    opening = _OPENING_TAG.match(tag)
    if not opening or " src=" not in opening.group(0) or re.search(r"\s(async|defer)[\s=>]", opening.group(0)):
        return tag
    return "<script defer " + tag.removeprefix("<script ")


def _lighten_page(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    scripts = context.get("script_files")
    if scripts:
        context["script_files"] = [s for s in scripts if not str(getattr(s, "filename", s)).endswith(JQUERY_FILES)]
    js_tag = context.get("js_tag")
    if callable(js_tag) and templatename != "search.html":
        # The page's own js_tag (Sphinx writes the checksum and attributes); the tag it
        # returns only gains ``defer``.
        context["js_tag"] = lambda script: defer(js_tag(script))


def _remove_jquery(app: Sphinx, exception: Exception | None) -> None:
    if exception is None and app.builder.format == "html":
        for name in JQUERY_FILES:
            (Path(app.outdir) / "_static" / name).unlink(missing_ok=True)


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.assets")  # js/theme.js, in place of the theme's
    app.connect("html-page-context", _lighten_page)
    app.connect("build-finished", _remove_jquery)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
