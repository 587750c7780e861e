"""Search from ``file://`` (the ``make dist`` zip): quiet, and with a summary under each result.

Why: Sphinx's search page finds results through ``searchindex.js``, a script tag
that works offline, but then ``fetch()``es every result page to show a summary.
Browsers refuse ``fetch`` on ``file://``, so each result logged an error and
stood as a bare title. On ``file://`` only, this turns those summaries off
before the search runs and shows instead, under each result, the page's own
description (its ``<meta name="description">``, in the page's language), read
from ``_static/search-summaries.js``: a classic script, which ``file://`` allows,
written at the end of the build and loaded only then, so a served site never
pays for it. The inline script is only on the search page.
"""

from __future__ import annotations

import json
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx

SUMMARIES = "_static/search-summaries.js"

# On DOMContentLoaded: after documentation_options.js even when scripts are deferred,
# and before Sphinx's Search.init (registered later) runs the query.
SCRIPT = (
    'if (location.protocol === "file:") document.addEventListener("DOMContentLoaded", () => {'
    " DOCUMENTATION_OPTIONS.SHOW_SEARCH_SUMMARY = false;"
    ' const root = new URL(document.documentElement.dataset.content_root || "./", location.href);'
    ' const results = document.getElementById("search-results");'
    " const summarise = (item) => {"
    ' const link = item.querySelector("a"); const summaries = window.SEARCH_SUMMARIES;'
    ' if (!link || !summaries || item.querySelector("p.context")) return;'
    " const url = new URL(link.href, location.href);"
    ' const docname = decodeURI(url.pathname.slice(root.pathname.length)).replace(/\\.html$/, "");'
    " if (!Object.hasOwn(summaries, docname)) return;"
    ' const summary = item.appendChild(document.createElement("p"));'
    ' summary.className = "context"; summary.textContent = summaries[docname]; };'
    ' const all = () => results && results.querySelectorAll("li").forEach(summarise);'
    " if (results) new MutationObserver(all).observe(results, { childList: true, subtree: true });"
    ' const script = document.createElement("script");'
    f' script.src = new URL("{SUMMARIES}", root).href; script.onload = all; document.head.appendChild(script); }});'
)


def descriptions(env) -> dict[str, str]:
    """Each page's description (``html_meta``), as its doctree holds it: translated."""
    found = {}
    for docname in sorted(env.found_docs):
        for meta in env.get_doctree(docname).findall(nodes.meta):
            if meta.get("name") == "description" and meta.get("content"):
                found[docname] = meta["content"]
                break
    return found


def _add_to_search_page(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    if app.builder.format == "html" and pagename == "search":
        app.add_js_file(None, body=SCRIPT, priority=300)  # on html-page-context: this page only


def _write_summaries(app: Sphinx, exception: Exception | None) -> None:
    if exception or app.builder.format != "html" or not getattr(app.builder, "search", False):
        return
    text = "var SEARCH_SUMMARIES = " + json.dumps(descriptions(app.env), ensure_ascii=False, sort_keys=True) + ";\n"
    path = Path(app.outdir, SUMMARIES)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def setup(app: Sphinx) -> dict:
    # Early (default is 500): handlers that later copy context["script_files"] keep it.
    app.connect("html-page-context", _add_to_search_page, priority=400)
    app.connect("build-finished", _write_summaries)
    return {"version": "2", "parallel_read_safe": True, "parallel_write_safe": True}
