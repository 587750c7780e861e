"""Persian alphabetical order: one sort key for the glossary and the index.

Why: Unicode puts the letters Persian added to the Arabic alphabet (پ چ ژ گ)
and the Persian forms of kaf and yeh after the Arabic letters, so code-point
order files «پیام» after «وصل» and «گیرنده» last. Persian dictionaries sort by
the alphabet below, with آ filed under ا (it only comes first among otherwise
equal words), and ignore the zero-width non-joiner and diacritics. Words in
Latin script (``ASGI``, ``dispatch_uid``) keep their own order in their own
group after the Persian ones; anything else (symbols, digits) comes last.
"""

from __future__ import annotations

import unicodedata

#: The Persian alphabet in dictionary order (آ is filed with ا: see RANK).
ALPHABET = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
RANK = {letter: rank for rank, letter in enumerate(ALPHABET, start=1)}
#: Letters filed as another: آ and the hamza forms with ا, Arabic kaf and yeh as Persian.
SAME_AS = {"آ": "ا", "أ": "ا", "إ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ی", "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه"}
#: Characters a reader does not see as letters: ZWNJ, tatweel, hamza above, harakat.
IGNORED = frozenset("\u200c\u200d\u0640\u0654\u0655\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670")

PERSIAN, LATIN, OTHER = 0, 1, 2


def _letters(text: str) -> str:
    return "".join(char for char in text.strip() if char not in IGNORED)


def script_group(text: str) -> int:
    """PERSIAN, LATIN or OTHER: which group a word is filed in, by its first letter."""
    for char in _letters(text):
        if char in RANK or char in SAME_AS:
            return PERSIAN
        if char.isalpha() and unicodedata.name(char, "").startswith("LATIN"):
            return LATIN
        if char.isalnum():
            return OTHER
    return OTHER


def index_letter(text: str) -> str:
    """The heading a word is filed under: its first Persian letter (آ under ا) or Latin capital."""
    for char in _letters(text):
        if char.isalnum():
            return SAME_AS.get(char, char).upper()
    return ""


def sort_key(text: str) -> tuple:
    """A key that sorts Persian words in Persian dictionary order, then Latin words, then the rest."""
    letters = _letters(text).casefold()
    group = script_group(letters)
    if group != PERSIAN:
        return (group, letters, text)
    primary = tuple(
        RANK[SAME_AS.get(char, char)] if SAME_AS.get(char, char) in RANK else (0 if char.isspace() else 100 + ord(char))
        for char in letters
        if char.isalnum() or char.isspace()  # quotes and punctuation do not count
    )
    # آ before ا only among words that are otherwise the same (آب before اب).
    secondary = tuple(0 if char == "آ" else 1 for char in letters if SAME_AS.get(char, char) == "ا")
    return (group, primary, secondary, text)
