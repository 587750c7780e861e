"""Drop the indentation of the built HTML, outside ``<pre>``, ``<textarea>``, ``<script>`` and ``<style>``.

Why: Sphinx's and the theme's templates indent their markup for the people who
edit them, and every reader downloads it: about 600 bytes of spaces on a page,
2% of the weight budget of the next page a reader opens (tests/browser/test_weight.py).
Between tags, spaces at the start of a line render as nothing; inside the four
elements above they are content (code, the editable snippet, scripts and styles
whose hashes the Content-Security-Policy pins), so those are left as written.
"""

import re

from sphinx.application import Sphinx

from signals_docs.built_pages import rewrite_pages
from signals_docs.rewrites import connect_rewrite

# One pass, left to right: a kept element is matched whole (and put back as it is)
# before its inner lines could be taken for indentation.
KEPT_OR_INDENT = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2>)|\n[ \t]+(?=<)", re.S | re.I)


def drop_indentation(html: str) -> str:
    return KEPT_OR_INDENT.sub(lambda match: match.group(1) or "\n", html)


def drop_indentation_of_pages(app: Sphinx, exception) -> None:
    if exception or app.builder.format != "html":
        return
    rewrite_pages(app.outdir, lambda html, page: drop_indentation(html))


def setup(app: Sphinx) -> dict:
    connect_rewrite(app, "html_indent", drop_indentation_of_pages)  # its place: signals_docs.rewrites.ORDER
    return {"parallel_read_safe": True, "parallel_write_safe": True}
