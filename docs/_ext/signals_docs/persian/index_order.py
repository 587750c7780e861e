"""File the Persian index (genindex) in Persian alphabetical order.

Why: Sphinx groups and sorts index entries by code point, so the Persian index
listed پ after و, ک and گ last and آ after «استثنا», with the Latin groups
first. On Persian builds this extension regroups the entries Sphinx hands to
the genindex template (the ``html-page-context`` event's context): Persian
entries first, under their first letter (آ under ا) in the order of
``collation.sort_key``, then the Latin groups and the rest in Sphinx's order.
"""

from __future__ import annotations

from sphinx.application import Sphinx

from signals_docs import site

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


def _reorder(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    if site.build_language(app.config).collation != "persian" or "genindexentries" not in context:
        return
    genindex = persian_genindex(context["genindexentries"])
    context["genindexentries"] = genindex
    context["genindexcounts"] = [sum(1 + len(sub) for _, (_, sub, _) in entries) for _, entries in genindex]


def setup(app: Sphinx) -> dict:
    app.connect("html-page-context", _reorder)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
