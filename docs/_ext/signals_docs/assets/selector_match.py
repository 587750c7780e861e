"""Does a CSS selector match anything in the built pages? A helper of ``css_purge``, not an extension.

Why: sphinx-rtd-theme writes most rules several times over for markup this site
never has (``.rst-content tt`` beside ``code``, ``.section`` beside ``section``,
footnotes, field lists, disabled form fields): each class exists somewhere, so a
purge by class names keeps them, about 20 KB of every page's first load (issue 27).
This reads every built page into a tree and answers, for one selector, whether
some element of some page could match it, erring on the side of "yes":

* pseudo-classes and pseudo-elements (``:hover``, ``:not(...)``, ``::before``,
  ``:first-child``) and attribute selectors (``[data-theme="dark"]``, set by
  scripts) are not checked: only element names, classes, ids, combinators and a
  form field's ``[type=...]`` are;
* a selector that names a class or id some script writes is not checked at all
  (``Site.unverifiable``): a script may build that element anywhere, or move a
  class to another element;
* markup that scripts insert from strings (the exercises' parts, JSON-escaped
  HTML in ``_static/**/*.js``) counts as pages whose ancestors are unknown: a
  selector that needs more ancestors than such a fragment has is taken to match.

Only ``html.parser`` from the standard library: the pages are Sphinx's own
well-formed output.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
#: A tag, class, id, attribute, pseudo-class or pseudo-element of a compound selector, or a combinator.
_PART = re.compile(
    r"""(?P<comb>\s*[>+~]\s*|\s+)
      | (?P<tag>\*|[a-zA-Z][\w-]*)
      | \.(?P<cls>-?[_a-zA-Z][\w-]*)
      | \#(?P<id>-?[_a-zA-Z][\w-]*)
      | (?P<attr>\[[^\]]*\])
      | (?P<pseudo>::?-?[\w-]+(?:\((?:[^()]|\([^()]*\))*\))?)""",
    re.VERBOSE,
)
#: A string literal of a script: "...", '...' or `...`.
_STRING = re.compile(r""""((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`""")
_HTML = re.compile(r"<[a-zA-Z][\w-]*[\s>/]")
_NAME = re.compile(r"-?[_a-zA-Z][\w-]*")
#: The one attribute selector checked: a form field's type (``input[type=week]``), which the
#: theme styles value by value for a dozen types the site has none of.
_TYPE = re.compile(r"""\[\s*type\s*=\s*["']?([\w-]+)["']?\s*\]""")


class Element:
    __slots__ = ("tag", "classes", "id", "type", "parent", "previous")

    def __init__(
        self, tag: str, classes: frozenset, id_: str, type_: str, parent: Element | None, previous: Element | None
    ):
        self.tag, self.classes, self.id, self.type, self.parent, self.previous = (
            tag,
            classes,
            id_,
            type_,
            parent,
            previous,
        )


#: The parent of a fragment's top elements: any ancestors may be there.
UNKNOWN = Element("", frozenset(), "", "", None, None)


def _interned(known: dict[tuple, Element], tag, classes, id_, type_, parent, previous) -> Element:
    key = (tag, classes, id_, type_, id(parent), id(previous))
    element = known.get(key)
    if element is None:
        element = known[key] = Element(tag, classes, id_, type_, parent, previous)
    return element


class _TreeBuilder(HTMLParser):
    """Two trees of the same markup. In ``known``, elements with the same name, classes, id,
    parent and previous sibling are one element; in ``outline``, those with the same name,
    classes, id and parent, whatever precedes them (a selector without ``+`` or ``~`` cannot
    tell them apart). The chrome every page repeats, and the items of a long list, are
    matched once."""

    def __init__(self, top: Element | None, known: dict[tuple, Element], outline: dict[tuple, Element]):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[Element | None, Element | None]] = [(top, top)]
        self.last_child: list[Element | None] = [None]
        self.known, self.outline = known, outline

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        classes, id_ = frozenset((values.get("class") or "").split()), values.get("id") or ""
        type_ = (values.get("type") or "").lower()
        (parent, outline_parent), previous = self.stack[-1], self.last_child[-1]
        element = _interned(self.known, tag, classes, id_, type_, parent, previous)
        outline = _interned(self.outline, tag, classes, id_, type_, outline_parent, None)
        self.last_child[-1] = element
        if tag not in VOID:
            self.stack.append((element, outline))
            self.last_child.append(None)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        # Close up to the matching open element; an end tag with no open match is ignored.
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth][0] is not None and self.stack[depth][0].tag == tag:
                del self.stack[depth:]
                del self.last_child[depth:]
                return


class _Balance(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.ok = True

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag):
        if self.open and self.open[-1] == tag:
            self.open.pop()
        else:
            self.ok = False


def balanced(html: str) -> bool:
    """True for markup whose every element closes inside it (a whole fragment, not a piece of one)."""
    checker = _Balance()
    checker.feed(html)
    checker.close()
    return checker.ok and not checker.open and html.lstrip().startswith("<") and html.rstrip().endswith(">")


def loaded_scripts(outdir: Path, pages: list[str]) -> dict[str, str]:
    """The scripts under ``_static/`` that a page or a loaded script names (``<script src>``, a
    ``data-parts`` path, a name a loader builds a URL from), as ``{path under _static: text}``.
    Not the search index (data, no markup), nor the theme's scripts no page loads."""
    static = outdir / "_static"
    scripts = {p.relative_to(static).as_posix(): p for p in sorted(static.rglob("*.js")) if p.name != "searchindex.js"}
    loaded: dict[str, str] = {}
    texts = list(pages)
    while texts:
        text = texts.pop()
        for name, path in scripts.items():
            if name not in loaded and (name in text or path.name in text):
                loaded[name] = path.read_text(encoding="utf-8", errors="replace")
                texts.append(loaded[name])
    return loaded


#: What a string passed here is for: finding or testing markup, not writing it.
_READ_BEFORE = re.compile(
    r"(?:\.(?:contains|remove|closest|matches|querySelector|querySelectorAll|getElementById|getAttribute"
    r"|hasAttribute|removeAttribute|addEventListener)\(\s*|[!=]==?\s*)$"
)


def is_read(script: str, start: int) -> bool:
    """True when the string literal at ``start`` is the argument of a call that only reads
    markup (``classList.contains("x")``, ``closest("nav")``) or one side of a comparison."""
    return bool(_READ_BEFORE.search(script[max(0, start - 40) : start]))


def is_query(literal: str) -> bool:
    """True for a string that is a selector list with some selector syntax in it (``"div.highlight pre"``,
    ``"section[id]"``): a script reads such markup. A bare word (``"footnote"``) may be a class it writes."""
    return (
        any(mark in literal for mark in ".#[:>,")
        and "${" not in literal
        and all(part.strip() and parse_compounds(part) for part in split_selectors(literal))
    )


def split_selectors(text: str) -> list[str]:
    """``text`` split at the commas outside brackets and parentheses."""
    parts, depth, start = [], 0, 0
    for position, char in enumerate(text):
        depth += char in "([" and 1 or char in ")]" and -1 or 0
        if char == "," and depth == 0:
            parts.append(text[start:position])
            start = position + 1
    return [*parts, text[start:]]


def parse_compounds(selector: str) -> list[tuple[str, dict]] | None:
    """``selector`` as ``[(combinator, compound), ...]`` left to right (the first combinator is "");
    a compound is ``{"tag": str | None, "classes": [...], "ids": [...]}``. None if it does not parse."""
    out: list[tuple[str, dict]] = []
    combinator, compound = "", None
    position = 0
    text = selector.strip()
    while position < len(text):
        match = _PART.match(text, position)
        if not match or match.end() == position:
            return None
        position = match.end()
        kind = match.lastgroup
        if kind == "comb":
            if compound is not None:
                out.append((combinator, compound))
                compound = None
            combinator = match.group("comb").strip() or " "
            continue
        if compound is None:
            compound = {"tag": None, "classes": [], "ids": [], "types": []}
        if kind == "tag":
            compound["tag"] = None if match.group("tag") == "*" else match.group("tag").lower()
        elif kind == "cls":
            compound["classes"].append(match.group("cls"))
        elif kind == "id":
            compound["ids"].append(match.group("id"))
        elif typed := _TYPE.fullmatch(match.group(0)):
            compound["types"].append(typed.group(1).lower())
    if compound is None:
        return None
    out.append((combinator, compound))
    return out


class Index:
    """Elements by name, class and id."""

    def __init__(self, elements):
        self.all: list[Element] = list(elements)
        self.by_class: dict[str, list[Element]] = defaultdict(list)
        self.by_tag: dict[str, list[Element]] = defaultdict(list)
        self.by_id: dict[str, list[Element]] = defaultdict(list)
        for element in self.all:
            self.by_tag[element.tag].append(element)
            if element.id:
                self.by_id[element.id].append(element)
            for name in element.classes:
                self.by_class[name].append(element)

    def candidates(self, compound: dict) -> list[Element]:
        """The elements that may match ``compound``, found by its rarest name."""
        if compound["ids"]:
            return self.by_id.get(compound["ids"][0], [])
        if compound["classes"]:
            return min((self.by_class.get(c, []) for c in compound["classes"]), key=len)
        if compound["tag"]:
            return self.by_tag.get(compound["tag"], [])
        return self.all

    def has_names_of(self, compound: dict) -> bool:
        """False when some element name, class or id of ``compound`` is on no element."""
        return (
            (not compound["tag"] or compound["tag"] in self.by_tag)
            and all(name in self.by_class for name in compound["classes"])
            and all(name in self.by_id for name in compound["ids"])
        )


class Site:
    """Every element of the built pages (and of the HTML the scripts carry), indexed for ``matches``."""

    def __init__(self, pages: list[str], fragments: list[str], unverifiable: set[str]):
        self.unverifiable = unverifiable
        known: dict[tuple, Element] = {}
        outline: dict[tuple, Element] = {}
        for html in pages:
            _TreeBuilder(None, known, outline).feed(html)
        for html in fragments:
            _TreeBuilder(UNKNOWN, known, outline).feed(html)
        self.elements = Index(known.values())
        self.outline = Index(outline.values())
        self._cache: dict[str, bool] = {}

    @classmethod
    def from_output(cls, outdir: Path) -> Site:
        """The pages under ``outdir`` and what the scripts they load write (``loaded_scripts``): a
        string literal that holds whole markup is a fragment; the words of any other string
        are unverifiable, unless the script only reads with it (``is_read``)."""
        pages = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(outdir.rglob("*.html"))]
        fragments, unverifiable = [], set()
        for script in loaded_scripts(outdir, pages).values():
            for match in _STRING.finditer(script):
                literal = next((g for g in match.groups() if g is not None), "")
                if _HTML.search(literal) and "${" not in literal:
                    try:
                        literal = json.loads(f'"{literal}"')
                    except ValueError:
                        pass
                    if balanced(literal):
                        fragments.append(literal)
                        continue
                if is_query(literal) or is_read(script, match.start()):
                    continue
                # Words of any other string, markup cut short or built around a value included.
                unverifiable.update(_NAME.findall(literal))
        return cls(pages, fragments, unverifiable)

    def matches(self, selector: str) -> bool:
        """True when some element may match ``selector`` (see the module's docstring); unparsed: True."""
        if selector not in self._cache:
            self._cache[selector] = self._matches(selector)
        return self._cache[selector]

    def _matches(self, selector: str) -> bool:
        parts = parse_compounds(selector)
        if parts is None:
            return True
        for _, compound in parts:
            if self.unverifiable.intersection(compound["classes"]) or self.unverifiable.intersection(compound["ids"]):
                return True
            compound["types"] = [t for t in compound["types"] if t not in self.unverifiable]  # a type a script sets
        if not all(self.elements.has_names_of(compound) for _, compound in parts):
            return False  # a name no element has: no need to walk the pages
        siblings = any(combinator in "+~" and combinator for combinator, _ in parts)
        index = self.elements if siblings else self.outline
        self._memo: dict[tuple[int, int], bool] = {}  # (compound, element) -> matched, for this selector
        return any(self._match_at(parts, len(parts) - 1, element) for element in index.candidates(parts[-1][1]))

    @staticmethod
    def _compound(compound: dict, element: Element) -> bool:
        if element is UNKNOWN:
            return True
        if compound["tag"] and compound["tag"] != element.tag:
            return False
        if compound["ids"] and any(i != element.id for i in compound["ids"]):
            return False
        if compound["types"] and any(t != element.type for t in compound["types"]):
            return False
        return all(c in element.classes for c in compound["classes"])

    def _match_at(self, parts, index: int, element: Element | None) -> bool:
        if element is None:
            return False
        key = (index, id(element))
        if key not in self._memo:
            self._memo[key] = self._match_here(parts, index, element)
        return self._memo[key]

    def _match_here(self, parts, index: int, element: Element) -> bool:
        if not self._compound(parts[index][1], element):
            return False
        if index == 0 or element is UNKNOWN:
            return True
        combinator = parts[index][0]
        if combinator == ">":
            return self._match_at(parts, index - 1, element.parent)
        if combinator == " ":
            ancestor = element.parent
            while ancestor is not None:
                if self._match_at(parts, index - 1, ancestor):
                    return True
                ancestor = ancestor.parent
            return False
        if combinator == "+":
            sibling = element.previous
            return element.parent is UNKNOWN if sibling is None else self._match_at(parts, index - 1, sibling)
        sibling = element.previous  # "~"
        while sibling is not None:
            if self._match_at(parts, index - 1, sibling):
                return True
            sibling = sibling.previous
        return element.parent is UNKNOWN  # a fragment's top: unknown siblings may precede it
