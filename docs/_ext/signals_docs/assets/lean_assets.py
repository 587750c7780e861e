"""Ship only the CSS, fonts and scripts that the built pages use.

Why: sphinx-rtd-theme makes every page download about 775 KB — jQuery (only its
own theme.js needs it), a 137 KB theme.css that is mostly unused rules and the
whole FontAwesome icon set, four Lato and two Roboto Slab web fonts (180 KB
each for Lato) and the 77 KB FontAwesome font for a handful of icons. This
extension keeps the theme and its look, and after each HTML build:

* drops jQuery from every page and defers the other scripts
  (``docs/_static/js/theme.js`` replaces the
  theme's jQuery-based navigation script with a plain-JavaScript one);
* rewrites ``_static/css/theme.css`` without the rules whose classes or ids
  appear in no built page and no script (so it follows the site as it grows);
* drops the Latin web fonts: the theme's own font stacks fall back to the
  reader's local fonts (Persian pages get Vazirmatn from rtl.css);
* subsets FontAwesome to the icons that the remaining rules draw (woff2 only).

The pure functions (``css_blocks``, ``selector_is_used``, ``trim_css``) are
unit-tested in tests/site_checks/test_lean_assets.py.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.builders.html._assets import _JavaScript
from sphinx.errors import ExtensionError
from sphinx.util import logging

logger = logging.getLogger(__name__)

#: Scripts that only the theme's original theme.js needed.
JQUERY_FILES = ("jquery.js", "_sphinx_javascript_frameworks_compat.js")
#: Web fonts replaced by the font stacks' local fallbacks.
DROPPED_FONT_FAMILIES = ("Lato", "Roboto Slab")
FONT_STACKS = {
    "Lato": "Lato,proxima-nova,Helvetica Neue,Arial,sans-serif",
    "Roboto Slab": "Roboto Slab,ff-tisa-web-pro,Georgia,Arial,sans-serif",
}
ICON_FONT = "FontAwesome"
ICON_FONT_FILE = "fonts/fontawesome-webfont.woff2"
ICON_SUBSET_FILE = "fonts/fontawesome-subset.woff2"
# FontAwesome 4 draws its icons from the Private Use Area.
ICONS = re.compile("[\uf000-\uf8ff]")
ICON_ESCAPES = re.compile(r"\\(f[0-9a-fA-F]{3})(?![0-9a-fA-F])")


def icon_codepoints(css: str) -> set[int]:
    """Private-use icon codepoints in ``css``, written literally or as ``\\f08e`` escapes."""
    return {ord(ch) for ch in ICONS.findall(css)} | {int(h, 16) for h in ICON_ESCAPES.findall(css)}


TOKEN = re.compile(r"[A-Za-z_][\w-]*")
_NOT = re.compile(r":not\([^()]*\)")
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_CLASS_OR_ID = re.compile(r"[.#](-?[_a-zA-Z][\w-]*)")


def css_blocks(css: str) -> Iterator[tuple[str, str | None]]:
    """Split a stylesheet into top-level ``(prelude, body)`` pairs.

    ``body`` is the text between the braces, or ``None`` for a statement such as
    ``@import ...;``. Strings are skipped so a brace inside ``content:"{"`` is safe.
    """
    i, n = 0, len(css)
    while i < n:
        start, depth, body_start, quote = i, 0, None, None
        while i < n:
            ch = css[i]
            if quote:
                if ch == "\\":
                    i += 1
                elif ch == quote:
                    quote = None
            elif ch in "\"'":
                quote = ch
            elif ch == "/" and css.startswith("/*", i):
                end = css.find("*/", i + 2)
                i = n - 1 if end < 0 else end + 1
            elif ch == "{":
                depth += 1
                if depth == 1:
                    body_start = i
            elif ch == "}":
                depth -= 1
                if depth == 0:
                    break
                if depth < 0:
                    raise ValueError(f"unbalanced '}}' at offset {i}")
            elif ch == ";" and depth == 0:
                break
            i += 1
        if depth > 0:
            raise ValueError(f"unclosed block starting at offset {start}")
        if body_start is None:
            statement = _COMMENT.sub("", css[start:i]).strip()
            if statement:
                yield statement, None
        else:
            # A licence comment may stand before a rule (Font Awesome's does before its
            # @font-face); it is not part of the selector.
            yield _COMMENT.sub("", css[start:body_start]).strip(), css[body_start + 1 : i]
        i += 1


def selector_is_used(selector: str, tokens: set[str]) -> bool:
    """True unless the selector needs a class or id that appears nowhere in ``tokens``.

    Conservative: classes inside ``:not(...)`` are ignored (their absence makes the
    selector match more), and element or attribute parts never drop a rule.
    """
    return all(name in tokens for name in _CLASS_OR_ID.findall(_NOT.sub("", selector)))


def _font_family(body: str) -> str:
    match = re.search(r"font-family:\s*['\"]?([^;'\"]+)", body)
    return match.group(1).strip() if match else ""


def trim_css(css: str, tokens: set[str], icon_src: str | None = None) -> str:
    """Return ``css`` without unused rules and dropped fonts, pointing icons at ``icon_src``."""
    out = []
    for prelude, body in css_blocks(css):
        if body is None:
            out.append(prelude + ";")
        elif prelude == "@font-face":
            family = _font_family(body)
            if family in DROPPED_FONT_FAMILIES:
                continue
            if family == ICON_FONT and icon_src:
                body = f'font-family:{ICON_FONT};src:url({icon_src}) format("woff2");font-weight:400;font-style:normal;font-display:block'
            out.append(f"{prelude}{{{body}}}")
        elif prelude.startswith(("@media", "@supports")):
            inner = trim_css(body, tokens, icon_src)
            if inner:
                out.append(f"{prelude}{{{inner}}}")
        elif prelude.startswith("@"):
            out.append(f"{prelude}{{{body}}}")
        else:
            kept = [s for s in _split_selectors(prelude) if selector_is_used(s, tokens)]
            if kept:
                for family, stack in FONT_STACKS.items():
                    body = re.sub(rf"font-family:{family}(?=[;}}]|$)", f"font-family:{stack}", body)
                out.append(f"{','.join(kept)}{{{body}}}")
    return "".join(out)


def _split_selectors(prelude: str) -> list[str]:
    parts, depth, current = [], 0, []
    for ch in prelude:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    parts.append("".join(current).strip())
    return [p for p in parts if p]


_SCRIPT_SRC = re.compile(r'<script\b[^>]*\ssrc="([^"]+)"')
_CLASS_ATTR = re.compile(r"""\s(?:class|id)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


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


def subset_icon_font(source: Path, target: Path, codepoints: set[int]) -> None:
    """Write a woff2 of ``source`` holding only ``codepoints`` (deterministic: no timestamps)."""
    from fontTools import subset

    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = []
    options.drop_tables += ["FFTM"]  # FontForge timestamps: not needed, not subsettable
    options.name_IDs = ["*"]  # keep the licence and copyright names
    options.recalc_timestamp = False
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codepoints))
    subsetter.subset(font)
    subset.save_font(font, str(target), options)


def drop_jquery(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """Leave jQuery out and defer the other scripts, so none blocks the first paint.

    Deferred scripts still run in order, before DOMContentLoaded; the theme's
    own theme.js (written by layout.html, not in this list) stays blocking for
    the inline ``jQuery(function () {...})`` call that follows it. The search
    page is left as it is: its template loads searchtools.js as a blocking
    script that needs doctools.js already run.
    """
    scripts = context.get("script_files")
    if not scripts:
        return
    kept = [s for s in scripts if not str(getattr(s, "filename", s)).endswith(JQUERY_FILES)]
    if templatename != "search.html":
        kept = [_deferred(script) for script in kept]
    context["script_files"] = kept


def _deferred(script):
    """A deferred copy of a script entry (the entries are shared by every page: never mutate them)."""
    attributes = getattr(script, "attributes", None)
    if not isinstance(attributes, dict) or not getattr(script, "filename", "") or "async" in attributes or "defer" in attributes:
        return script
    return _JavaScript(script.filename, priority=script.priority, **attributes, defer="defer")


def lighten(app: Sphinx, exception: Exception | None) -> None:
    if exception or app.builder.format != "html":
        return
    static = Path(app.outdir) / "_static"
    theme_css = static / "css" / "theme.css"
    if not theme_css.is_file():
        raise ExtensionError(f"lean_assets: {theme_css} not found; is html_theme sphinx_rtd_theme?")
    css = theme_css.read_text(encoding="utf-8")
    tokens = site_tokens(Path(app.outdir))
    try:
        trimmed = trim_css(css, tokens, icon_src=ICON_SUBSET_FILE)
    except ValueError as error:
        raise ExtensionError(f"lean_assets: cannot parse {theme_css}: {error}") from error
    icons = icon_codepoints(trimmed)
    fonts = theme_css.parent / "fonts"
    if icons and (fonts / Path(ICON_FONT_FILE).name).is_file():
        subset_icon_font(fonts / Path(ICON_FONT_FILE).name, theme_css.parent / ICON_SUBSET_FILE, icons)
    theme_css.write_text(trimmed, encoding="utf-8")
    # The full fonts are no longer referenced: leave them out of the published site.
    for font in sorted(fonts.glob("*")):
        if font.name != Path(ICON_SUBSET_FILE).name:
            font.unlink()
    # The theme also ships a legacy _static/fonts/ copy of the same web fonts.
    for legacy in ("Lato", "RobotoSlab"):
        shutil.rmtree(static / "fonts" / legacy, ignore_errors=True)
    for name in JQUERY_FILES:
        (static / name).unlink(missing_ok=True)
    logger.info("lean_assets: theme.css %d -> %d bytes, %d icon glyphs", len(css.encode()), len(trimmed.encode()), len(icons))


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.assets")  # js/theme.js, in place of the theme's
    app.connect("html-page-context", drop_jquery)
    app.connect("build-finished", lighten)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
