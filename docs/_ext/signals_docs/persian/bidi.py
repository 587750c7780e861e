"""Keep identifier link text in reading order on right-to-left pages.

Why: a link whose text is an identifier, such as ``Signal.connect()`` from
``{djangodoc}`` or ``{ref}``, is a left-to-right run inside a Persian sentence.
The Unicode bidirectional algorithm gives its trailing "()" the direction of
the paragraph, so the reader sees "()Signal.connect". Inline code is isolated
by rtl.css, but a reference's own text is plain text. On right-to-left pages
this wraps the content of every reference whose text is Latin script (no
right-to-left letter) in ``<bdi dir="ltr">``, the HTML element made for text of
another direction. Plain-text strings (meta descriptions, alt text, SVG
titles) cannot hold markup; they carry Unicode isolates in the catalogs instead,
which tests/translations/persian_style.py enforces.
"""

from __future__ import annotations

import re

from docutils import nodes
from sphinx.application import Sphinx

from signals_docs import site

LATIN = re.compile("[A-Za-z]")
RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")  # Hebrew and Arabic-script blocks
OPEN, CLOSE = '<bdi dir="ltr">', "</bdi>"


def needs_isolation(text: str) -> bool:
    """Link text written left to right: Latin letters and no right-to-left letter."""
    return bool(LATIN.search(text)) and not RIGHT_TO_LEFT.search(text)


def isolate_latin_references(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Wrap the children of Latin-text references in <bdi dir="ltr"> on right-to-left HTML pages.

    Tables of contents are inserted after doctree-resolved; their entries are
    page titles, whose identifiers are inline code, which rtl.css isolates.
    """
    if site.build_language(app.config).direction != "rtl" or app.builder.format != "html":
        return
    for reference in list(doctree.findall(nodes.reference)):
        if reference.children and needs_isolation(reference.astext()):
            reference.insert(0, nodes.raw("", OPEN, format="html"))
            reference.append(nodes.raw("", CLOSE, format="html"))


def setup(app: Sphinx) -> dict:
    app.connect("doctree-resolved", isolate_latin_references)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
