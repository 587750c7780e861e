"""Keep a number and the Latin words after it in their order on right-to-left pages.

Why: in Persian text a version followed by a Latin word («جنگو 5.2 LTS») is two
runs to the Unicode bidi algorithm — the digits take the direction of the
Persian before them, the word is left to right — so the browser showed
"LTS 5.2". On right-to-left builds this post-transform wraps each such run
(``5.2 LTS``) in an inline ``<span class="ltr-run">`` that rtl.css isolates
left to right; the text, search and copy are unchanged.
"""

from __future__ import annotations

import re

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms.post_transforms import SphinxPostTransform

from signals_docs import site
from signals_docs.site import RTL_LANGUAGES

#: Digits (a version) followed by one or more Latin words.
RUN = re.compile(r"\d+(?:\.\d+)*(?:[ \u00a0]+[A-Za-z][A-Za-z0-9_-]*)+")


def in_code(node: nodes.Node) -> bool:
    """True inside code, raw markup or comments, whose text is never touched."""
    while node is not None:
        if isinstance(node, (nodes.literal, nodes.FixedTextElement, nodes.raw, nodes.comment, nodes.Special)):
            return True
        node = node.parent
    return False


class IsolateLatinRuns(SphinxPostTransform):
    default_priority = 900
    formats = ("html",)

    def is_supported(self) -> bool:
        return super().is_supported() and site.build_code(self.config) in RTL_LANGUAGES

    def run(self, **kwargs) -> None:
        for text in list(self.document.findall(nodes.Text)):
            parent = text.parent
            if parent is None or in_code(text):
                continue
            value = str(text)
            matches = list(RUN.finditer(value))
            if not matches:
                continue
            pieces, position = [], 0
            for match in matches:
                if match.start() > position:
                    pieces.append(nodes.Text(value[position : match.start()]))
                pieces.append(nodes.inline(match[0], match[0], classes=["ltr-run"]))
                position = match.end()
            if position < len(value):
                pieces.append(nodes.Text(value[position:]))
            parent.replace(text, pieces)


def setup(app: Sphinx) -> dict:
    app.add_post_transform(IsolateLatinRuns)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
