"""File the Persian index (genindex) in Persian alphabetical order.

Why: Sphinx groups and sorts index entries by code point, so the Persian index
listed پ after و, ک and گ last and آ after «استثنا», with the Latin groups
first. On Persian builds this extension regroups the entries Sphinx hands to
the genindex template (the ``html-page-context`` event's context): Persian
entries first, under their first letter (آ under ا) in the order of
``collation.sort_key``, then the Latin groups and the rest in Sphinx's order.

The letter bar above the index then holds both scripts. Once the page is written,
the run of Latin letters is wrapped in one left-to-right span that wraps as a
whole (signals.css): split by a line break, it left a lone "W" on the next line
and, reordered around Sphinx's "|" separators, showed "| |" where the scripts met.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from sphinx.application import Sphinx

from signals_docs import site
from signals_docs.rewrites import connect_rewrite

from .collation import PERSIAN, index_letter, script_group, sort_key


def persian_genindex(genindex: list) -> list:
    """``genindex`` (Sphinx's ``[(letter, [(name, (links, subitems, key))])]``) in Persian order."""
    persian: dict[str, list] = {}
    rest = []
    for letter, entries in genindex:
        others = []
        for entry in entries:
            name, (links, subitems, category) = entry
            if script_group(name) == PERSIAN:
                subitems = sorted(subitems, key=lambda item: sort_key(item[0]))
                persian.setdefault(index_letter(name), []).append((name, (links, subitems, category)))
            else:
                others.append(entry)
        if others:
            rest.append((letter, others))
    grouped = [
        (letter, sorted(entries, key=lambda entry: sort_key(entry[0])))
        for letter, entries in sorted(persian.items(), key=lambda item: sort_key(item[0]))
    ]
    return grouped + rest


#: The letter bar of Sphinx's genindex template, and one letter's link in it.
JUMPBOX = re.compile(r'(<div class="genindex-jumpbox">)(.*?)(</div>)', re.S)
JUMP_LINK = re.compile(r'<a href="#([^"]+)"><strong>[^<]*</strong></a>')


def latin_run_whole(page: str) -> str:
    """Wrap the letter bar's links to non-Persian letters (last, by ``persian_genindex``) in one
    ``<span class="index-run" dir="ltr">``: left to right inside, isolated from the Persian letters."""

    def wrap(box: re.Match) -> str:
        links = [m for m in JUMP_LINK.finditer(box[2]) if script_group(html.unescape(m[1])) != PERSIAN]
        if not links or "index-run" in box[2]:
            return box[0]
        start, end = links[0].start(), links[-1].end()
        run = f'<span class="index-run" dir="ltr">{box[2][start:end]}</span>'
        return box[1] + box[2][:start] + run + box[2][end:] + box[3]

    return JUMPBOX.sub(wrap, page, count=1)


def _is_persian(app: Sphinx) -> bool:
    return site.build_language(app.config).collation == "persian"


def _wrap_latin_run(app: Sphinx, exception: Exception | None) -> None:
    page = Path(app.outdir, "genindex.html")
    if exception is None and app.builder.format == "html" and _is_persian(app) and page.is_file():
        text = page.read_text(encoding="utf-8")
        if (new := latin_run_whole(text)) != text:
            page.write_text(new, encoding="utf-8")


def _reorder(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    if not _is_persian(app) or "genindexentries" not in context:
        return
    genindex = persian_genindex(context["genindexentries"])
    context["genindexentries"] = genindex
    context["genindexcounts"] = [sum(1 + len(sub) for _, (_, sub, _) in entries) for _, entries in genindex]


def setup(app: Sphinx) -> dict:
    app.connect("html-page-context", _reorder)
    connect_rewrite(app, "index_letter_bar", _wrap_latin_run)  # its place: signals_docs.rewrites.ORDER
    return {"parallel_read_safe": True, "parallel_write_safe": True}
