"""Ship the theme's icon font cut down to the icons its stylesheet still draws.

Why: sphinx-rtd-theme loads the whole FontAwesome 4 font (77 KB as woff2, five
formats on disk) for a handful of icons: the menu, home, search and external-link
marks. After each HTML build (and after ``css_purge`` has dropped the rules no
page uses) this reads which private-use code points the remaining rules of
``_static/css/theme.css`` draw, writes ``css/fonts/fontawesome-subset.woff2``
holding only those, points the ``@font-face`` at it, and removes the full font files.
"""

from __future__ import annotations

from pathlib import Path

import tinycss2
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx.util import logging

from signals_docs.assets.css_purge import THEME_CSS
from signals_docs.css import font_family, parse, urls
from signals_docs.font_subset import subset_woff2
from signals_docs.rewrites import connect_rewrite

logger = logging.getLogger(__name__)

ICON_FONT = "FontAwesome"
ICON_FONT_FILE = "fonts/fontawesome-webfont.woff2"  # relative to css/
ICON_SUBSET_FILE = "fonts/fontawesome-subset.woff2"
SUBSET_FACE = f'font-family:{ICON_FONT};src:url({ICON_SUBSET_FILE}) format("woff2");font-weight:400;font-style:normal;font-display:block'


def _strings(tokens) -> list[str]:
    found = []
    for token in tokens or ():
        if token.type == "string":
            found.append(token.value)
        found += _strings(getattr(token, "content", None) or getattr(token, "arguments", None))
    return found


def icon_codepoints(css: str) -> set[int]:
    """The private-use code points (FontAwesome 4's icons) in the strings of ``css``, ``"\\f08e"`` or literal."""
    strings = []
    for rule in parse(css):
        strings += _strings(getattr(rule, "content", None))
    return {ord(char) for text in strings for char in text if 0xE000 <= ord(char) <= 0xF8FF}


def point_at_subset(css: str) -> tuple[str, list[str]]:
    """``css`` with the icon font's ``@font-face`` naming the subset; also the files the old one named."""
    out, replaced = [], []
    for rule in parse(css):
        if rule.type == "at-rule" and rule.lower_at_keyword == "font-face" and font_family(rule) == ICON_FONT:
            replaced += urls(rule)
            out.append(f"@font-face{{{SUBSET_FACE}}}")
        else:
            out.append(tinycss2.serialize([rule]))
    return "".join(out), replaced


def subset_icon_font(app: Sphinx, exception: Exception | None) -> None:
    if exception or app.builder.format != "html":
        return
    theme_css = Path(app.outdir) / "_static" / THEME_CSS
    if not theme_css.is_file():
        raise ExtensionError(f"icon_font: {theme_css} not found; is html_theme sphinx_rtd_theme?")
    css = theme_css.read_text(encoding="utf-8")
    try:
        icons = icon_codepoints(css)
        rewritten, old_files = point_at_subset(css)
    except ValueError as error:
        raise ExtensionError(f"icon_font: cannot parse {theme_css}: {error}") from error
    full = theme_css.parent / ICON_FONT_FILE
    if not old_files:
        return  # no icon font (already subset by an earlier build of this output)
    if not full.is_file():
        raise ExtensionError(f"icon_font: {full} not found; the theme's icon font moved")
    subset_woff2(full, theme_css.parent / ICON_SUBSET_FILE, icons, shaping=False)
    theme_css.write_text(rewritten, encoding="utf-8")
    for name in old_files:
        (theme_css.parent / name).unlink(missing_ok=True)
    logger.info("icon_font: %d icon glyphs kept", len(icons))


def setup(app: Sphinx) -> dict:
    connect_rewrite(app, "icon_font", subset_icon_font)  # its place: signals_docs.rewrites.ORDER
    return {"parallel_read_safe": True, "parallel_write_safe": True}
