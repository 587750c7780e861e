"""Read a stylesheet with tinycss2: a helper, not an extension.

Why: three extensions read CSS — ``assets/css_purge`` and ``assets/icon_font`` rewrite
the theme's stylesheet, ``persian/font_preload`` finds the fonts a stylesheet
declares — and each must read strings, comments, escapes and nested blocks as a
browser does, which no regular expression does.
"""

from __future__ import annotations

import re

import tinycss2


def parse(css: str) -> list:
    """The rules of a stylesheet (comments and white space between rules left out)."""
    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    errors = [rule for rule in rules if rule.type == "error"]
    if errors:
        raise ValueError(f"line {errors[0].source_line}: {errors[0].message}")
    return rules


def declarations(rule) -> list:
    return [d for d in tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True)
            if d.type == "declaration"]  # fmt: skip


def font_family(rule) -> str:
    """The family an ``@font-face`` rule declares (``Roboto Slab``, ``FontAwesome``)."""
    for declaration in declarations(rule):
        if declaration.lower_name == "font-family":
            return tinycss2.serialize(declaration.value).strip().strip("'\"")
    return ""


def urls(rule) -> list[str]:
    """The ``url(...)`` targets in a rule's block, without ``?query`` or ``#fragment``."""
    found = []
    for declaration in declarations(rule):
        for token in declaration.value:
            if token.type == "url":
                found.append(re.split(r"[?#]", token.value)[0])
            elif token.type == "function" and token.lower_name == "url":
                found += [re.split(r"[?#]", t.value)[0] for t in token.arguments if t.type == "string"]
    return found
