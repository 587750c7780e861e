"""Sort the Persian glossary in Persian alphabetical order.

Why: the translated glossary keeps the English page's order, which is
alphabetical only in English; a Persian reader looks a word up by its first
Persian letter. Persian order is not Unicode order (پ چ ژ گ sit far from their
neighbours in Unicode), and terms left in Latin script (ASGI, ``dispatch_uid``)
come after the Persian ones. The order is ``persian.collation``'s: آ filed with ا,
the zero-width non-joiner ignored.
"""

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx

from signals_docs import site

# The one Persian sort key, shared with the index (persian/index_order.py).
from signals_docs.persian.collation import sort_key as persian_sort_key


def sort_glossaries(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if site.build_language(app.config).collation != "persian":
        return
    for glossary in doctree.findall(addnodes.glossary):
        for definition_list in glossary.findall(nodes.definition_list):
            definition_list.children.sort(key=lambda item: persian_sort_key(item[0].astext()))


def setup(app: Sphinx) -> dict:
    # Before bilingual_glossary (500) adds each term's English counterpart to the term line.
    app.connect("doctree-resolved", sort_glossaries, priority=400)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
