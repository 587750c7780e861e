"""A dark theme beside the light one: the reader's system setting, or their choice.

Why: sphinx-rtd-theme has one light palette and declined a dark one; readers of
Django's, Python's and FastAPI's documentation get a dark theme. The site's
colours are CSS custom properties written with ``light-dark()``
(``color-scheme.css``), so one rule serves both themes and the browser picks by
the ``color-scheme`` of the page: the system's by default, the reader's choice
once made. ``color-scheme-init.js`` applies a stored choice in ``<head>``, before
the first paint, so no page flashes the wrong theme; ``color-scheme.js`` runs the
control in the sidebar and the phone's top bar. Diagrams are SVG images whose
own ``prefers-color-scheme`` query follows the page's ``color-scheme``.

Code is highlighted by two Pygments styles chosen for contrast, each token at
least 4.5:1 against its background (tests/extensions/test_color_scheme.py):
:class:`LightStyle` through Sphinx's ``pygments_style``, :class:`DarkStyle`
written here into ``_static/pygments-dark.css``, which only a dark page downloads:
the init script adds it (render-blocking, so code is never painted light first).
Without JavaScript a dark system still gets the dark page, with light code blocks.
"""

from pathlib import Path

from pygments.formatters import HtmlFormatter
from pygments.styles.default import DefaultStyle
from pygments.styles.monokai import MonokaiStyle
from pygments.token import Whitespace
from sphinx.application import Sphinx

from signals_docs.i18n.labels import _

DARK_CSS = "pygments-dark.css"
# The same key in every page and language, so a choice made anywhere holds everywhere.
STORAGE_KEY = "signals-docs-color-scheme"


class LightStyle(DefaultStyle):
    """Pygments' default style, less the one colour under 4.5:1: light grey for white space."""

    styles = {**DefaultStyle.styles, Whitespace: ""}


class DarkStyle(MonokaiStyle):
    """Monokai: every token class at least 4.5:1 on its background."""


def dark_stylesheet() -> str:
    """Pygments rules of :class:`DarkStyle`, for a page whose theme is dark.

    Loaded only once the page is dark, and scoped to it, so a switch back to light
    needs no reload. Screen only: paper is light (print.css), so a dark reader's printout
    shows code in the light style, dark on white. Pygments' per-rule comments are left out:
    every dark reader downloads this.
    """
    rules = HtmlFormatter(style=DarkStyle).get_style_defs('html[data-theme="dark"] .highlight')
    return "@media screen {\n" + "\n".join(line.split(" /* ")[0] for line in rules.splitlines()) + "\n}\n"


def write_dark_stylesheet(app: Sphinx, exception) -> None:
    if exception is None and app.builder.format == "html":
        Path(app.outdir, "_static", DARK_CSS).write_text(dark_stylesheet(), encoding="utf-8")


def add_labels(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    context["color_scheme"] = {
        "label": _("Theme"),
        "storage_key": STORAGE_KEY,
        "options": [("auto", _("Automatic")), ("light", _("Light")), ("dark", _("Dark"))],
    }


def use_light_style(app: Sphinx, config) -> None:
    config.pygments_style = f"{__name__}.LightStyle"


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.chrome")
    app.setup_extension("signals_docs.i18n.labels")
    app.connect("config-inited", use_light_style)
    app.add_css_file("color-scheme.css", priority=950)  # after a11y.css (900), whose colours are the light ones
    app.add_js_file("color-scheme.js", loading_method="defer")
    app.connect("html-page-context", add_labels)
    app.connect("build-finished", write_dark_stylesheet)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
