"""Drop the ``<span>`` around code tokens that no stylesheet draws differently from plain code.

Why: Pygments wraps every token of a highlighted block in a span named by its
type, and Sphinx ships one span per name, operator and bracket. In the site's
light style names (``n``) and punctuation (``p``) have no rule at all, and in
the dark one only the colour every code block already has: on the longest page
that is 420 spans, 10 KB (13%) of the HTML a phone downloads before the first
paint, for nothing the reader can see.

After each HTML build this reads every stylesheet the pages use. A token
class is plain when the only rules that name it are ``<prefix>.highlight .<class>``
setting ``color`` to the colour of ``<prefix>.highlight`` itself (``prefix`` is
e.g. the dark theme's ``html[data-theme="dark"] ``); any other rule, selector or
declaration that could match a span of that one class keeps its spans. Inside highlighted blocks
(``<div class="highlight"><pre>``) the spans of plain classes become their text.

Inline code is the same story: Sphinx wraps each word of inline code (``<code translate="no">``,
chrome/inline_code) in ``<span class="pre">`` for its basic.css (``white-space: nowrap``), which this theme
does not load; the words wrap as the ``<code>`` around them says (signals.css). Unless some
rule names ``pre``, the span of one-word inline code becomes its text (its ``<wbr>`` tags
stay, chrome/code_breaks): 250 of them, 6 KB, on the longest page (issue 27).
Runs before ``css_bundle``, which folds ``pygments.css`` into the site's bundle.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import tinycss2
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

from signals_docs.assets.css_purge import NESTED, selectors
from signals_docs.assets.selector_match import loaded_scripts
from signals_docs.built_pages import rewrite_pages
from signals_docs.css import declarations, parse
from signals_docs.rewrites import connect_rewrite

_TOKEN_RULE = re.compile(r"^(.*?)\.highlight\s+\.(-?[_a-zA-Z][\w-]*)$")
_BASE_RULE = re.compile(r"^(.*?)\.highlight$")
_CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
_COMBINATOR = re.compile(r"\s*[\s>+~]\s*")
_BLOCK = re.compile(r'(<div class="highlight"><pre>)(.*?)(</pre>)', re.S)
_SPAN = re.compile(r'<span class="([\w-]+)">([^<]*)</span>')
#: Inline code of one word: one ``<span class="pre">`` (with ``<wbr>`` in it). Several words stay
#: in their spans: a span's edge splits the text into runs shaped apart, and one run would
#: move the letters by a fraction of a pixel.
_LITERAL = re.compile(r'(<code\b[^>]*\stranslate="no"[^>]*>)<span class="pre">((?:[^<]|<wbr>)*)</span>(</code>)')
WORD_CLASS = "pre"


def _one_class_compounds(selector: str) -> set[str]:
    """The classes ``selector`` may match on an element with that one class (a token's span):
    a compound such as ``.sig-param.n`` needs two classes and cannot."""
    found = set()
    for compound in _COMBINATOR.split(selector):
        classes = set(_CLASS.findall(compound))
        if len(classes) == 1:
            found |= classes
    return found


def _rules(css: str):
    for rule in parse(css):
        if rule.type == "qualified-rule":
            yield rule
        elif rule.type == "at-rule" and rule.lower_at_keyword in NESTED and rule.content is not None:
            yield from _rules(tinycss2.serialize(rule.content))


def styled_classes(stylesheets: dict[str, str]) -> set[str]:
    """The classes some rule of ``stylesheets`` (name -> CSS) gives a look of their own."""
    styled: set[str] = set()
    base_colour: dict[str, set[str]] = defaultdict(set)
    token_colours: dict[str, set[tuple[str, str]]] = defaultdict(set)  # class -> {(prefix, colour)}
    for where, css in stylesheets.items():
        try:
            rules = list(_rules(css))
        except ValueError as error:
            raise ExtensionError(f"plain_tokens: cannot parse {where}: {error}") from error
        for rule in rules:
            body = [
                (d.lower_name, tinycss2.serialize(d.value).strip().lower(), d.important) for d in declarations(rule)
            ]
            colours = {value for name, value, important in body if name == "color" and not important}
            for selector in selectors(rule):
                if base := _BASE_RULE.match(selector):
                    base_colour[base.group(1)].update(colours)
                elif (token := _TOKEN_RULE.match(selector)) and body and all(n == "color" for n, _, _ in body):
                    token_colours[token.group(2)].update((token.group(1), colour) for colour in colours)
                    if len(colours) != len(body):
                        styled.add(token.group(2))
                else:
                    styled.update(_one_class_compounds(selector))
    for name, uses in token_colours.items():
        if any(colour not in base_colour.get(prefix, ()) for prefix, colour in uses):
            styled.add(name)
    return styled


def unwrap(html: str, styled: set[str]) -> str:
    """``html`` with the spans of unstyled token classes inside highlighted blocks, and the word
    spans of inline code unless ``pre`` is styled, replaced by their text."""

    def block(match: re.Match) -> str:
        inner = _SPAN.sub(lambda span: span.group(0) if span.group(1) in styled else span.group(2), match.group(2))
        return match.group(1) + inner + match.group(3)

    html = _BLOCK.sub(block, html)
    if WORD_CLASS in styled:
        return html
    return _LITERAL.sub(r"\1\2\3", html)


def unwrap_pages(app: Sphinx, exception: Exception | None) -> None:
    if exception or app.builder.format != "html":
        return
    outdir = Path(app.outdir)
    # The stylesheets a page links or a script it loads names (pygments-dark.css); not the
    # theme's unused copies (Sphinx's basic.css, which gives span.pre its nowrap).
    pages = [path.read_text(encoding="utf-8") for path in sorted(outdir.rglob("*.html"))]
    texts = pages + list(loaded_scripts(outdir, pages).values())
    stylesheets = {
        str(path): path.read_text(encoding="utf-8")
        for path in sorted((outdir / "_static").rglob("*.css"))
        if any(path.name in text for text in texts)
    }
    styled = styled_classes(stylesheets)
    rewrite_pages(outdir, lambda html, page: unwrap(html, styled))


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.chrome.inline_code")  # the inline code _LITERAL finds
    connect_rewrite(app, "plain_tokens", unwrap_pages)  # its place: signals_docs.rewrites.ORDER
    return {"parallel_read_safe": True, "parallel_write_safe": True}
