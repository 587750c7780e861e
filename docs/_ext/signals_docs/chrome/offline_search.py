"""Keep search quiet when the site is read from ``file://`` (the ``make dist`` zip).

Why: Sphinx's search page finds results through ``searchindex.js``, a script tag
that works offline, but then ``fetch()``es every result page to show a summary.
Browsers refuse ``fetch`` on ``file://``, so each result logged an error and the
page never got its summaries anyway. On ``file://`` only, this turns the
summaries off before the search runs; served over HTTP nothing changes. The
script is inline and only on the search page, so no other page pays for it.
"""

from __future__ import annotations

from sphinx.application import Sphinx

# On DOMContentLoaded: after documentation_options.js even when scripts are deferred,
# and before Sphinx's Search.init (registered later) runs the query.
SCRIPT = (
    'if (location.protocol === "file:") document.addEventListener("DOMContentLoaded", () => '
    "{ DOCUMENTATION_OPTIONS.SHOW_SEARCH_SUMMARY = false; });"
)


def _add_to_search_page(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    if app.builder.format == "html" and pagename == "search":
        app.add_js_file(None, body=SCRIPT, priority=300)  # on html-page-context: this page only


def setup(app: Sphinx) -> dict:
    # Early (default is 500): handlers that later copy context["script_files"] keep it.
    app.connect("html-page-context", _add_to_search_page, priority=400)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
