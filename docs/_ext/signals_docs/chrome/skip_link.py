"""A "Skip to content" link, the first thing a keyboard reader reaches on every page.

Why: sphinx-rtd-theme puts the whole navigation tree before the text, so a
keyboard or screen-reader user tabs through dozens of links on every page; the
theme has no skip link. The link and its target are written by
docs/_templates/layout.html (blocks ``extrabody`` and ``document``); this
extension only provides the translated label, through the project catalog.
"""

from sphinx.application import Sphinx

from signals_docs.i18n.labels import _

TARGET_ID = "main-content"


def add_label(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    context["skip_link_label"] = _("Skip to content")
    context["skip_link_target"] = TARGET_ID


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.i18n.labels")
    app.connect("html-page-context", add_label)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
