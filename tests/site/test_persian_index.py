"""The Persian index (fa/genindex.html) is filed in Persian alphabetical order.

Checked against the one Persian sort key (signals_docs.persian.collation), which
the glossary uses too: Persian letters first in the Persian alphabet (آ under ا),
the entries of each letter in Persian order, then the Latin letters.
"""

import re

import pytest

from signals_docs.persian.collation import PERSIAN, index_letter, script_group, sort_key

pytestmark = pytest.mark.build


def groups(html: str) -> list[tuple[str, list[str]]]:
    """[(letter, [top-level entry, ...])] in page order."""
    found = []
    for letter, table in re.findall(r'<h2 id="([^"]+)">.*?</h2>\s*<table[^>]*>(.*?)</table>', html, re.S):
        entries = re.findall(r"<td[^>]*><ul>(.*?)</ul></td>", table, re.S)
        names = []
        for column in entries:
            # Top-level items only: drop each nested list of sub-entries.
            column = re.sub(r"<ul>.*?</ul>", "", column, flags=re.S)
            names += [
                re.sub(r"<[^>]+>", "", item).split(",")[0].strip()
                for item in re.findall(r"<li>(.*?)</li>", column, re.S)
            ]
        found.append((letter, names))
    return found


def test_persian_index_follows_the_persian_alphabet(html_root):
    index = groups((html_root / "fa" / "genindex.html").read_text(encoding="utf-8"))
    letters = [letter for letter, _ in index]
    persian = [letter for letter in letters if script_group(letter) == PERSIAN]
    assert persian and letters[: len(persian)] == persian, f"Persian letters must come first: {letters}"
    assert persian == sorted(persian, key=sort_key), f"letters out of Persian order: {persian}"
    assert "آ" not in letters, "آ is filed under ا"
    for letter, names in index[: len(persian)]:
        assert names == sorted(names, key=sort_key), f"entries under {letter} out of Persian order: {names}"
        assert {index_letter(name) for name in names} == {letter}, (
            f"entries filed under the wrong letter {letter}: {names}"
        )
