"""Ship the theme's stylesheet without the rules no page uses and without its Latin web fonts.

Why: sphinx-rtd-theme's ``theme.css`` weighs 137 KB, mostly rules for markup this
site never writes, and loads four Lato and two Roboto Slab web fonts (180 KB each
for Lato) that the theme's own font stacks can replace with the reader's local
fonts (Persian pages get Vazirmatn from ``persian/rtl``). After each HTML build this
rewrites ``_static/css/theme.css``, and the code highlighting's ``pygments.css`` and
``pygments-dark.css`` (a rule for each of Pygments' token types):

* a selector is dropped when it needs a class or id that appears in no built page and
  no script a page loads, or when no element of the built pages could match it
  (``selector_match``: ``.rst-content tt`` where the pages write ``code``, footnotes
  where they have none; about 10 KB of every page's first load, issue 27); a rule
  goes with its last selector (so the stylesheet follows the site as it grows).
  Pseudo-classes and attribute selectors never drop one, and classes inside
  ``:not(...)`` are ignored (their absence makes the selector match more);
* the ``@font-face`` rules of the dropped families go, with the font files they name,
  and ``font-family: Lato`` becomes the theme's whole stack.

The stylesheet is parsed with tinycss2 (``signals_docs.css``), so strings,
comments and nested blocks are read as CSS reads them.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import tinycss2
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx.util import logging

from signals_docs.assets.selector_match import Site
from signals_docs.css import declarations, font_family, parse, urls
from signals_docs.rewrites import connect_rewrite

logger = logging.getLogger(__name__)

THEME_CSS = "css/theme.css"  # under _static/
#: The code highlighting's rules, light and dark (chrome/color_scheme): a rule for every Pygments
#: token type, most of which no example has.
HIGHLIGHT_CSS = ("pygments.css", "pygments-dark.css")
#: Web fonts replaced by the font stacks' local fallbacks.
FONT_STACKS = {
    "Lato": "Lato,proxima-nova,Helvetica Neue,Arial,sans-serif",
    "Roboto Slab": "Roboto Slab,ff-tisa-web-pro,Georgia,Arial,sans-serif",
}
#: The theme's legacy copies of the same fonts, under _static/fonts/.
LEGACY_FONT_FOLDERS = ("Lato", "RobotoSlab")
#: Rules inside these at-rules are trimmed like top-level ones.
NESTED = {"media", "supports"}

TOKEN = re.compile(r"[A-Za-z_][\w-]*")
_NOT = re.compile(r":not\([^()]*\)")
_CLASS_OR_ID = re.compile(r"[.#](-?[_a-zA-Z][\w-]*)")
_SCRIPT_SRC = re.compile(r'<script\b[^>]*\ssrc="([^"]+)"')
_CLASS_ATTR = re.compile(r"""\s(?:class|id)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def selectors(rule) -> list[str]:
    """The comma-separated selectors of a qualified rule (commas inside ``:not(...)`` or ``[...]`` do not split)."""
    parts: list[list] = [[]]
    for token in rule.prelude:
        if token.type == "literal" and token.value == ",":
            parts.append([])
        else:
            parts[-1].append(token)
    return [text for part in parts if (text := tinycss2.serialize(part).strip())]


def selector_is_used(selector: str, tokens: set[str]) -> bool:
    """True unless the selector needs a class or id that appears nowhere in ``tokens``."""
    return all(name in tokens for name in _CLASS_OR_ID.findall(_NOT.sub("", selector)))


def _body(rule) -> str:
    families = [d for d in declarations(rule) if d.lower_name == "font-family"]
    if not any(tinycss2.serialize(d.value).strip() in FONT_STACKS for d in families):
        return tinycss2.serialize(rule.content)
    parts = []
    for declaration in declarations(rule):
        value = tinycss2.serialize(declaration.value).strip()
        if declaration.lower_name == "font-family":
            value = FONT_STACKS.get(value, value)
        parts.append(f"{declaration.name}:{value}{'!important' if declaration.important else ''}")
    return ";".join(parts)


def purge(css: str, tokens: set[str], site: Site | None = None) -> tuple[str, list[str]]:
    """``css`` without unused rules and dropped web fonts; also the font files those fonts named.
    With ``site``, a selector must also match some element of it (``Site.matches``)."""
    out, dropped_files = [], []
    for rule in parse(css):
        if rule.type == "qualified-rule":
            kept = [s for s in selectors(rule) if selector_is_used(s, tokens) and (site is None or site.matches(s))]
            if kept:
                out.append(f"{','.join(kept)}{{{_body(rule)}}}")
        elif rule.type == "at-rule" and rule.lower_at_keyword == "font-face" and font_family(rule) in FONT_STACKS:
            dropped_files += urls(rule)
        elif rule.type == "at-rule" and rule.lower_at_keyword in NESTED and rule.content is not None:
            inner, files = purge(tinycss2.serialize(rule.content), tokens, site)
            dropped_files += files
            if inner:
                out.append(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude).rstrip()}{{{inner}}}")
        else:
            out.append(tinycss2.serialize([rule]))
    return "".join(out), dropped_files


def site_tokens(outdir: Path) -> set[str]:
    """The classes and ids a page or a script may use.

    From pages: the values of ``class`` and ``id`` attributes. From scripts,
    which build markup at run time: every identifier-like word (conservative).
    """
    tokens: set[str] = set()
    scripts: set[Path] = set()
    for path in sorted(outdir.rglob("*.html")):
        html = path.read_text(encoding="utf-8", errors="replace")
        for double, single in _CLASS_ATTR.findall(html):
            tokens.update(TOKEN.findall(double or single))
        for src in _SCRIPT_SRC.findall(html):
            scripts.add((path.parent / src.split("?")[0]).resolve())
    for script in sorted(scripts):  # only scripts some page loads (not the theme's unused badge_only.js)
        if script.is_file() and script.name != "searchindex.js":
            tokens.update(TOKEN.findall(script.read_text(encoding="utf-8", errors="replace")))
    return tokens


def purge_theme_css(app: Sphinx, exception: Exception | None) -> None:
    if exception or app.builder.format != "html":
        return
    static = Path(app.outdir) / "_static"
    theme_css = static / THEME_CSS
    if not theme_css.is_file():
        raise ExtensionError(f"css_purge: {theme_css} not found; is html_theme sphinx_rtd_theme?")
    tokens, site = site_tokens(Path(app.outdir)), Site.from_output(Path(app.outdir))
    for stylesheet in [theme_css, *(static / name for name in HIGHLIGHT_CSS)]:
        if not stylesheet.is_file():
            continue  # pygments-dark.css: only with chrome.color_scheme
        css = stylesheet.read_text(encoding="utf-8")
        try:
            purged, font_files = purge(css, tokens, site)
        except ValueError as error:
            raise ExtensionError(f"css_purge: cannot parse {stylesheet}: {error}") from error
        stylesheet.write_text(purged, encoding="utf-8")
        for name in font_files:
            (stylesheet.parent / name).unlink(missing_ok=True)
        logger.info("css_purge: %s %d -> %d bytes", stylesheet.name, len(css.encode()), len(purged.encode()))
    for legacy in LEGACY_FONT_FOLDERS:
        shutil.rmtree(static / "fonts" / legacy, ignore_errors=True)


def setup(app: Sphinx) -> dict:
    connect_rewrite(app, "css_purge", purge_theme_css)  # its place: signals_docs.rewrites.ORDER
    return {"parallel_read_safe": True, "parallel_write_safe": True}
