"""Complete the ARIA markup that Sphinx writes for toctree captions.

Why: Sphinx renders each toctree caption (the sidebar's "Learn", "Reference")
as ``<p class="caption" role="heading">`` without ``aria-level``; ARIA requires
the level on a heading role, and axe-core reports it as a critical violation
on every page. The captions title a navigation group, one level under the
page's ``<h1>``: ``aria-level="2"``.
"""

from sphinx.application import Sphinx

CAPTION = '<p class="caption" role="heading">'
FIXED = '<p class="caption" role="heading" aria-level="2">'


def add_aria_level(html: str) -> str:
    """Return ``html`` with every toctree caption given ``aria-level="2"``."""
    return html.replace(CAPTION, FIXED)


def _fix_page(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    if isinstance(context.get("body"), str):
        context["body"] = add_aria_level(context["body"])
    toctree = context.get("toctree")
    if callable(toctree):

        def fixed_toctree(*args, **kwargs):
            return add_aria_level(toctree(*args, **kwargs))

        context["toctree"] = fixed_toctree


def setup(app: Sphinx) -> dict:
    app.connect("html-page-context", _fix_page)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
