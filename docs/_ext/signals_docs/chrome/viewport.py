"""One ``<meta name="viewport">`` per page: the theme's.

Why: docutils' HTML5 writer puts a viewport tag in every page's metadata, and
sphinx-rtd-theme's layout writes its own right after it, so every page had two.
Browsers take the last; validators flag the pair, and each page carried the bytes
twice. This removes docutils' from the ``metatags`` the theme prints.
"""

from __future__ import annotations

import re

from sphinx.application import Sphinx

#: The tag docutils' HTML5 writer adds (docutils.writers.html5_polyglot.HTMLTranslator).
DOCUTILS_VIEWPORT = re.compile(r'<meta name="viewport" content="width=device-width, initial-scale=1" />\n?')


def drop_docutils_viewport(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    if "metatags" in context:
        context["metatags"] = DOCUTILS_VIEWPORT.sub("", context["metatags"])


def setup(app: Sphinx) -> dict:
    app.connect("html-page-context", drop_docutils_viewport)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
