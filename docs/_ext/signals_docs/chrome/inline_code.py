"""Write inline code as ``<code translate="no">``: kept from page translators, in fewer bytes.

Why: Sphinx writes every piece of inline code as ``<code class="docutils literal
notranslate">``. ``notranslate`` keeps Google Translate (and the browsers' built-in
page translation) away from code; HTML's own ``translate="no"`` says the same to
every translator. ``docutils`` and ``literal`` only tell one code from another for
stylesheets, and on this site every ``<code>`` a page is built with is inline code
(the ones scripts build, in a run's failures, carry neither attribute): the site's
stylesheets say ``code[translate="no"]`` where the theme said ``code.literal``, with
the same specificity, and css_purge drops the theme's ``.literal`` rules. On the longest
Persian page that is 237 pieces of code, 5 KB of its first load (issue 27). Classes an
extension gives its code (``example-path``, ``xref``) stay; keyboard keys (``kbd``) and
highlighted inline code are written as Sphinx writes them.

Through an HTML translator built on the builder's own (``app.set_translator``), so the
pages and the parts rendered apart from them (the exercises') are written alike.
"""

from __future__ import annotations

import re

from docutils import nodes
from sphinx.application import Sphinx

from signals_docs.chrome import mix_into_translator

#: The classes Sphinx gives every piece of inline code (``notranslate`` becomes ``translate="no"``).
SPHINX_CLASSES = ("docutils", "literal", "notranslate")
_CODE_TAG = re.compile(r'<code class="([^"]*)"([^>]*)>')


def compact(tag: str) -> str:
    """``<code class="x docutils literal notranslate">`` -> ``<code class="x" translate="no">``."""
    match = _CODE_TAG.fullmatch(tag)
    if not match or "notranslate" not in match[1].split():
        return tag
    classes = " ".join(name for name in match[1].split() if name not in SPHINX_CLASSES)
    return "<code" + (f' class="{classes}"' if classes else "") + match[2] + ' translate="no">'


class InlineCodeMixin:
    """Rewrites the opening tag Sphinx writes for plain inline code; mixed into the builder's translator."""

    def visit_literal(self, node: nodes.literal) -> None:
        super().visit_literal(node)  # highlighted inline code is written whole and skipped: never here
        if "kbd" not in node["classes"]:
            self.body[-1] = compact(self.body[-1])


def setup(app: Sphinx) -> dict:
    app.connect("builder-inited", lambda app: mix_into_translator(app, InlineCodeMixin))
    return {"parallel_read_safe": True, "parallel_write_safe": True}
