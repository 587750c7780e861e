"""The prose linter: a sentence in ``docs/`` or a Persian ``msgstr`` that names a Django
version without the ``{django}`` role (``make test`` runs it as a test)."""

from __future__ import annotations

import re
from pathlib import Path

from signals_docs.site import DJANGO_SERIES, LANGUAGES, ROOT, DjangoSeries

from .spec import claim_files

# A Django version named in prose: any "Django X.Y", any supported series, the words
# that date a behaviour. Persian: the same numbers in Persian digits, and the words.
_PATTERNS = [
    r"\bDjango\s+\d+(?:\.\d+|\.x)?\b",
    r"(?<![\w.])(?:{series})(?![\w.]*\d)",
    r"\bLTS\b",
    r"\b(?:older|newer|earlier|later|previous) (?:Django )?(?:versions?|releases?)\b",
    r"\bsince (?:Django|version)\b",
    r"جنگو\s*[0-9۰-۹]+(?:[.٫][0-9۰-۹]+)?",
    r"نسخه‌های (?:قدیمی‌تر|پیشین|جدیدتر|تازه‌تر)",
]


def _unmarked_pattern(supported: tuple[DjangoSeries, ...]) -> re.Pattern[str]:
    persian = LANGUAGES["fa"]
    numbers = [s.series for s in DJANGO_SERIES] + [persian.number(s.series).replace(".", "٫") for s in DJANGO_SERIES]
    series = "|".join(re.escape(n) for n in numbers)
    return re.compile("|".join(p.replace("{series}", series) for p in _PATTERNS), re.IGNORECASE)


_STRIP = [
    re.compile(r"\{django\}`[^`]*`"),  # marked claims
    re.compile(r"\{\w+\}`[^`<]*<[^`>]*>`"),  # roles with targets: keep nothing (targets are URLs, labels)
    re.compile(r"``[^`]+``|`[^`]+`"),  # code
    re.compile(r"https?://\S+"),
]


CODE_DIRECTIVES = {"code-block", "code", "sourcecode", "literalinclude", "doctest", "testcode", "testoutput", "mermaid"}


def unmarked_in_text(text: str, *, catalog: bool = False) -> list[tuple[int, str]]:
    """(line, excerpt) of each version named without the role, in a page or a catalog's msgstr."""
    pattern = _unmarked_pattern(DJANGO_SERIES)
    found: list[tuple[int, str]] = []
    fence: str | None = None
    prose_fences: list[str] = []
    in_msgstr = False
    for number, line in enumerate(text.splitlines(), 1):
        if catalog:
            if line.startswith("msgstr"):
                in_msgstr = True
            elif not line.startswith('"'):
                in_msgstr = False
            if not in_msgstr:
                continue
        else:
            opening = re.match(r"^\s*(`{3,}|:{3,}|~{3,})\s*(?:\{([\w:-]+)\})?", line)
            if fence:  # inside code: skip to its closing fence
                fence = None if line.strip() == fence else fence
                continue
            if opening and opening[2] and opening[2] not in CODE_DIRECTIVES:
                prose_fences.append(opening[1])  # an admonition, a figure: its body is prose
                continue
            if opening and not opening[2] and prose_fences and line.strip() == prose_fences[-1]:
                prose_fences.pop()
                continue
            if opening:
                fence = opening[1]
                continue
        prose = line
        for strip in _STRIP:
            prose = strip.sub(" ", prose)
        hit = pattern.search(prose)
        if hit:
            found.append((number, hit.group(0)))
    return found


def unmarked(root: Path = ROOT) -> list[str]:
    """``file:line: excerpt`` for each unmarked version claim under docs/ and locale/."""
    problems = []
    for path in claim_files(root):
        for line, excerpt in unmarked_in_text(path.read_text(encoding="utf-8"), catalog=path.suffix == ".po"):
            problems.append(
                f"{path.relative_to(root)}:{line}: {excerpt!r} names a Django version without {{django}}`...`"
            )
    return problems
