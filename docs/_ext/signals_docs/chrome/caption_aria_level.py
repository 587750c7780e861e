"""Give the sidebar's toctree captions the heading level ARIA requires.

Why: Sphinx renders each toctree caption (the sidebar's "Learn", "Reference")
as ``<p class="caption" role="heading">`` without ``aria-level``; ARIA 1.2
requires the level on a heading role, and axe-core reports it as a critical
violation on every page (sphinx-doc/sphinx#14030; fix proposed in #14437). The
captions title a navigation group, one level under the page's ``<h1>``:
``aria-level="2"``. The HTML translator writes them so (``visit_title``, through
``app.add_node``), for the page body and for the sidebar's toctree alike.
tests/extensions/test_caption_aria_level.py fails once Sphinx writes the level
itself: then this module can go.
"""

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.writers.html5 import HTML5Translator

LEVEL = "2"


def is_toctree_caption(node: nodes.title) -> bool:
    return isinstance(node.parent, addnodes.compact_paragraph) and bool(node.parent.get("toctree"))


def visit_title(self: HTML5Translator, node: nodes.title) -> None:
    if not is_toctree_caption(node):
        type(self).visit_title(self, node)  # the translator class's own (mixins included)
        return
    self.body.append(self.starttag(node, "p", "", CLASS="caption", ROLE="heading", **{"aria-level": LEVEL}))
    self.body.append('<span class="caption-text">')
    self.context.append("</span></p>\n")


def depart_title(self: HTML5Translator, node: nodes.title) -> None:
    type(self).depart_title(self, node)


def setup(app: Sphinx) -> dict:
    app.add_node(nodes.title, override=True, html=(visit_title, depart_title))
    return {"parallel_read_safe": True, "parallel_write_safe": True}
