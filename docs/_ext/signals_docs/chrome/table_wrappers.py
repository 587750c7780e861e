"""Wrap tables in the theme's scrolling container when the page is built.

Why: sphinx-rtd-theme's script wraps every ``table.docutils`` in
``div.wy-table-responsive`` (sideways scrolling, bottom margin) after the page
has loaded, so on a phone everything below the first table moves once the
script runs: Lighthouse measured a layout shift of 0.28 on a page with tables.
Written into the HTML, the wrapper is there for the first paint; the script
(docs/_static/js/theme.js) skips tables already wrapped.
"""

import re

from sphinx.application import Sphinx

TABLE_TAG = re.compile(r"<table\b[^>]*>|</table>")
CLASSES = re.compile(r'\sclass="([^"]*)"')


def wrap_tables(html: str) -> str:
    """Return ``html`` with each outermost ``table.docutils`` (not a field list) wrapped."""
    out, depth, wrapped, position = [], 0, False, 0
    for match in TABLE_TAG.finditer(html):
        tag = match.group(0)
        if tag != "</table>":
            if depth == 0:
                classes = (CLASSES.search(tag) or [None, ""])[1].split()
                wrapped = "docutils" in classes and "field-list" not in classes
                if wrapped:
                    extra = "".join(f" {name}" for name in ("footnote", "citation") if name in classes)
                    out.append(html[position : match.start()] + f'<div class="wy-table-responsive{extra}">')
                    position = match.start()
            depth += 1
        else:
            depth = max(depth - 1, 0)
            if depth == 0 and wrapped:
                out.append(html[position : match.end()] + "</div>")
                position, wrapped = match.end(), False
    out.append(html[position:])
    return "".join(out)


def _wrap(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    if isinstance(context.get("body"), str) and "<table" in context["body"]:
        context["body"] = wrap_tables(context["body"])


def setup(app: Sphinx) -> dict:
    app.connect("html-page-context", _wrap)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
