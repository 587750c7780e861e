"""A Content-Security-Policy on every page: only the site's own files may run.

Why: the Run buttons (signals_docs.examples.runnable) execute code the reader
may have edited. That code runs in a Web Worker, never in the page; the policy
makes the page itself refuse anything but the site's own scripts, styles, fonts
and images, plus what WebAssembly needs (``'wasm-unsafe-eval'``, a same-origin
worker). The few inline ``<script>``/``<style>`` blocks and ``style=""``
attributes the theme, Sphinx and the root chooser write are allowed by their
SHA-256 hashes, computed from each built page, so a changed or injected inline
script is refused.

The policy is a ``<meta http-equiv>`` (the site is also served by hosts that set
no headers, and read from ``file://``), inserted right after ``<meta charset>``
once the pages are written. ``python -m signals_docs.chrome.csp FILE…`` applies
it to pages built outside Sphinx (the root language chooser).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import sys
from html import unescape as html_unescape
from pathlib import Path

from sphinx.application import Sphinx

from signals_docs.built_pages import rewrite_pages
from signals_docs.rewrites import connect_rewrite

#: Everything the site's pages need, and nothing from elsewhere.
POLICY = (
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'{scripts}",
    "style-src 'self'{styles}",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
)
META = '<meta http-equiv="Content-Security-Policy" content="{}">'
INLINE = re.compile(r"<(script|style)\b([^>]*)>(.*?)</\1>", re.DOTALL | re.IGNORECASE)
STYLE_ATTRIBUTE = re.compile(r'\sstyle="([^"]*)"')
CHARSET = re.compile(r'<meta charset="?utf-8"?\s*/?>', re.IGNORECASE)
EXISTING = re.compile(r'\s*<meta http-equiv="Content-Security-Policy"[^>]*>')


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def policy_for(html: str) -> str:
    """The policy of one page: the fixed sources plus the hashes of its inline blocks."""
    scripts, styles = [], []
    for tag, attributes, body in INLINE.findall(html):
        if tag.lower() == "script" and "src=" not in attributes:
            scripts.append(_hash(body))
        elif tag.lower() == "style":
            styles.append(_hash(body))
    # style="" attributes (image widths, the index's columns) by hash: CSP's 'unsafe-hashes'
    # allows exactly these declarations and no other inline style.
    attributes = [_hash(html_unescape(value)) for value in STYLE_ATTRIBUTE.findall(html)]
    if attributes:
        styles += ["'unsafe-hashes'", *attributes]
    extra = lambda hashes: "".join(" " + h for h in sorted(set(hashes)))  # noqa: E731
    return "; ".join(POLICY).format(scripts=extra(scripts), styles=extra(styles))


def apply_policy(html: str, where: str = "page") -> str:
    html = EXISTING.sub("", html)
    match = CHARSET.search(html)
    if not match:
        raise ValueError(f"{where}: no <meta charset> to put the Content-Security-Policy after")
    meta = META.format(policy_for(html))
    return html[: match.end()] + "\n  " + meta + html[match.end() :]


EVAL_FREE = "// signals_docs.chrome.csp: addTranslations without new Function\n"


def eval_free_translations(text: str) -> str:
    """``translations.js`` that sets the plural rule without ``new Function``.

    Sphinx's doctools.js ``addTranslations`` compiles the catalog's plural rule with
    ``new Function``, which a policy without ``'unsafe-eval'`` refuses (on every
    translated page). The rule is a constant of the build, so a first line replaces
    ``addTranslations`` with one that has it written out; the catalog object stays
    the file's only braces, as search/search_page_labels.py and the tests read it.
    """
    if text.startswith(EVAL_FREE) or "Documentation.addTranslations(" not in text:
        return text
    catalog = json.loads(text[text.index("{") : text.rindex("}") + 1])
    plural = str(catalog.get("plural_expr", "0"))
    if not re.fullmatch(r"[\sn0-9()<>=!%&|?:+\-*/]*", plural):
        raise ValueError(f"translations.js: unexpected plural rule {plural!r}")
    return (
        EVAL_FREE + "Documentation.addTranslations = (catalog) => ("
        "Object.assign(Documentation.TRANSLATIONS, catalog.messages), "
        f"Documentation.PLURAL_EXPR = (n) => ({plural}), Documentation.LOCALE = catalog.locale);\n" + text
    )


def _write_policies(app: Sphinx, exception: Exception | None) -> None:
    if exception or app.builder.format != "html":
        return
    translations = Path(app.outdir, "_static", "translations.js")
    if translations.is_file():
        translations.write_text(eval_free_translations(translations.read_text(encoding="utf-8")), encoding="utf-8")
    rewrite_pages(
        app.outdir,
        lambda html, page: html if "_static" in page.relative_to(app.outdir).parts else apply_policy(html, str(page)),
    )


def setup(app: Sphinx) -> dict:
    connect_rewrite(app, "csp", _write_policies)  # its place: signals_docs.rewrites.ORDER
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}


if __name__ == "__main__":
    for name in sys.argv[1:]:
        path = Path(name)
        path.write_text(apply_policy(path.read_text(encoding="utf-8"), name), encoding="utf-8")
