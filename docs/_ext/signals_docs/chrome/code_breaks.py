"""Let long identifiers in inline code wrap after their dots, underscores and slashes.

Why: inline code cannot wrap at all in sphinx-rtd-theme (``white-space: nowrap``),
so one ``django.tasks.backends.immediate.ImmediateBackend`` made a phone page
wider than the screen (at 320 px 26 of 50 pages scrolled sideways). Through an
HTML translator built on the builder's own (``app.set_translator``), each word
of inline code gets a ``<wbr>`` (a line-break opportunity that copies as
nothing) between a letter or digit and the next one where a ``.``, ``_`` or
``/`` joins them; signals.css lets the code wrap there, and anywhere only as a
last resort. The text, the search index and what a reader copies stay exact.

Inline code with the class ``file-path`` (the caption over each snippet,
``examples/verified.py``) breaks only after its slashes, whatever its length:
a phone never shows "shipping." on one line and "py" on the next (in a Persian
caption the "py" would land among the Persian words).
"""

from __future__ import annotations

import re

from docutils import nodes
from sphinx.application import Sphinx

from signals_docs.chrome import mix_into_translator

#: A break opportunity after a joining character between two letters or digits.
JOIN = re.compile(r"(?<=[^\W_][._/])(?=[^\W_])")
#: The fragments Sphinx's translator writes for each word of inline code.
WORD = re.compile(r'(<span class="pre">)([^<]*)(</span>)')
#: Shorter words fit any line (a 320 px phone holds about 30 code characters); the
#: page's weight budget is why short ones (``post_save``) get no breaks.
LONG = 16
#: The class of inline code that is a file's path: it breaks after its slashes only.
PATH = "file-path"
#: A break opportunity after each slash followed by more of the path.
AFTER_SLASH = re.compile(r"(?<=/)(?=[^/])")


def with_breaks(word_html: str) -> str:
    """``<span class="pre">a.b…</span>`` -> ``<span class="pre">a.<wbr>b…</span>`` for words of LONG characters or more."""
    return WORD.sub(lambda m: m[1] + (JOIN.sub("<wbr>", m[2]) if len(m[2]) >= LONG else m[2]) + m[3], word_html)


def path_breaks(word_html: str) -> str:
    """``<span class="pre">a/b/c.py</span>`` -> ``<span class="pre">a/<wbr>b/<wbr>c.py</span>``: never inside a name."""
    return WORD.sub(lambda m: m[1] + AFTER_SLASH.sub("<wbr>", m[2]) + m[3], word_html)


class CodeBreaksMixin:
    """Adds ``<wbr>`` to the words of inline code; mixed into the builder's translator."""

    _inline_code_depth = 0
    _path_depth = 0

    def visit_literal(self, node: nodes.literal) -> None:
        is_path = PATH in node["classes"]
        self._inline_code_depth += 1
        self._path_depth += is_path
        try:
            super().visit_literal(node)
        except nodes.SkipNode:  # highlighted inline code is written whole; no depart_literal
            self._inline_code_depth -= 1
            self._path_depth -= is_path
            raise

    def depart_literal(self, node: nodes.literal) -> None:
        super().depart_literal(node)
        self._inline_code_depth -= 1
        self._path_depth -= PATH in node["classes"]

    def visit_Text(self, node: nodes.Text) -> None:
        start = len(self.body)
        super().visit_Text(node)
        if self._inline_code_depth:
            breaks = path_breaks if self._path_depth else with_breaks
            self.body[start:] = [breaks(fragment) for fragment in self.body[start:]]


def setup(app: Sphinx) -> dict:
    app.connect("builder-inited", lambda app: mix_into_translator(app, CodeBreaksMixin))
    return {"parallel_read_safe": True, "parallel_write_safe": True}
