"""Sort the Persian glossary in Persian alphabetical order.

Why: the translated glossary keeps the English page's order, which is
alphabetical only in English; a Persian reader looks a word up by its first
Persian letter. Persian order is not Unicode order (پ چ ژ گ sit far from their
neighbours in Unicode), and terms left in Latin script (ASGI, ``dispatch_uid``)
come after the Persian ones.
"""

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx

PERSIAN_ALPHABET = "آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
PERSIAN_RANK = {letter: rank for rank, letter in enumerate(PERSIAN_ALPHABET)}
PERSIAN_RANK.update({"أ": 1, "إ": 1, "ؤ": PERSIAN_RANK["و"], "ئ": PERSIAN_RANK["ی"], "ي": PERSIAN_RANK["ی"],
                     "ك": PERSIAN_RANK["ک"], "ة": PERSIAN_RANK["ه"]})  # fmt: skip
IGNORED = {"\u200c", "\u0654", "\u064b", "\u064e", "\u064f", "\u0650", "\u0651", "\u0652"}  # ZWNJ, hamza, harakat


def persian_sort_key(term: str) -> tuple:
    """Persian dictionary order; terms in Latin script (ASGI, `dispatch_uid`) come after."""
    text = term.strip().lower()
    if not any(char in PERSIAN_RANK for char in text):
        return (1, text)
    return (0, tuple(PERSIAN_RANK.get(char, -1) for char in text if char not in IGNORED))


def sort_glossaries(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if (app.config.language or "").split("_")[0] != "fa":
        return
    for glossary in doctree.findall(addnodes.glossary):
        for definition_list in glossary.findall(nodes.definition_list):
            definition_list.children.sort(key=lambda item: persian_sort_key(item[0].astext()))


def setup(app: Sphinx) -> dict:
    # Before bilingual_glossary (500) adds each term's English counterpart to the term line.
    app.connect("doctree-resolved", sort_glossaries, priority=400)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
