"""Ship the output's stylesheets and scripts without comments and layout white space.

Why: every byte of CSS and of the scripts a page runs before it is interactive
travels to a phone before the page settles; the theme's and Sphinx's sources,
sphinx-copybutton's and this project's own are written to be read, with comments
and indentation (a quarter of their weight). After each HTML build (after
``css_bundle``) this rewrites each ``.css`` and ``.js`` file under ``_static/``
with rcssmin and rjsmin, which remove only comments and white space; comments
that open with ``/*!`` (licences) stay. The sources in the repository stay as
written. The runnable examples' runtime (Pyodide, a wheel and a worker of its
own, ``runtime/``) is not under ``_static/`` and is left alone.
"""

from __future__ import annotations

from pathlib import Path

import rcssmin
import rjsmin
from sphinx.application import Sphinx
from sphinx.util import logging

from signals_docs.rewrites import connect_rewrite

logger = logging.getLogger(__name__)

MINIFIERS = {
    ".css": lambda text: rcssmin.cssmin(text, keep_bang_comments=True),
    ".js": lambda text: rjsmin.jsmin(text, keep_bang_comments=True),
}


def minify_static(app: Sphinx, exception: Exception | None) -> None:
    if exception or app.builder.format != "html":
        return
    before = after = 0
    for path in sorted((Path(app.outdir) / "_static").rglob("*")):
        minify = MINIFIERS.get(path.suffix)
        if minify is None or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        lean = minify(text)
        before, after = before + len(text.encode()), after + len(lean.encode())
        if lean != text:
            path.write_text(lean, encoding="utf-8")
    logger.info("minify: _static CSS and JavaScript %d -> %d bytes", before, after)


def setup(app: Sphinx) -> dict:
    connect_rewrite(app, "minify", minify_static)  # its place: signals_docs.rewrites.ORDER
    return {"parallel_read_safe": True, "parallel_write_safe": True}
