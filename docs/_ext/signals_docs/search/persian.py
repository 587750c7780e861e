"""Persian full-text search: the index and the reader's query normalised alike.

Why: Sphinx ships no Persian search language, so a ``fa`` build falls back to
English rules. A reader who types Arabic ي or ك (the default on many keyboards),
leaves out the zero-width non-joiner («سیگنالها» for «سیگنال‌ها»), types it as a
space («سیگنال ها»), or writes Persian digits finds nothing.

This module is the single source of the rules. Python applies them to the
index (:class:`SearchPersian`, registered for ``fa``); the same tables are
serialised into ``language_data.js`` in front of ``persian.js``, which
applies them to the query in the browser. Both sides therefore agree on:

1. **Normalisation** (:data:`CHARACTERS`): Arabic letter variants to Persian,
   diacritics, tatweel and invisible direction marks removed, Persian and
   Arabic-Indic digits to ASCII, then lower case.
2. **Splitting**: words are runs of letters, digits, ``_`` and the ZWNJ (so a
   ZWNJ-joined word stays one word and ``dispatch_uid`` stays one identifier);
   a version such as ``5.2`` (or «۵٫۲») is one word, so it can be searched.
3. **Stemming**, deliberately conservative: a part cut off by a ZWNJ is dropped
   when it is a known affix (:data:`ZWNJ_PREFIXES`, :data:`ZWNJ_SUFFIXES`);
   without a ZWNJ only the unambiguous endings of :data:`ATTACHED_SUFFIXES`
   and a «می»/«نمی» verb prefix are removed, and only while a long enough stem
   remains, so «زبان» and «میزان» are left alone («تنها» is listed in
   :data:`NOT_INFLECTED`). A verb whose rest is a stopword keeps its prefix
   («می‌شود», «میشود» and «می شود» all become «میشود»): «شود» alone is a
   function word, the verb is what a reader searches for. A prefix typed as a
   word of its own is joined to the next word when splitting.
   Words in Latin script get Sphinx's English (Snowball) stemmer, as on the
   English site, so ``signals`` finds ``signal``.

A query word only has to be the same after these steps as a word on a page;
Sphinx's partial matching covers a reader who types a shorter form. To change a
rule, change a table here: the build sends it to the browser, and
tests/browser/test_browser_search.py proves that both sides still agree on
every word of the Persian catalogs.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import cache
from pathlib import Path

import snowballstemmer
from sphinx.application import Sphinx
from sphinx.search import SearchLanguage
from sphinx.search.en import SearchEnglish

from signals_docs import site
from signals_docs.search.site_search import SPLITTER

ZWNJ = "\u200c"

#: Character -> replacement ("" removes it). Applied before anything else.
CHARACTERS: dict[str, str] = {
    "ي": "ی",  # U+064A Arabic yeh
    "ى": "ی",  # U+0649 Arabic alef maksura
    "ك": "ک",  # U+0643 Arabic kaf
    "ۀ": "ه",  # U+06C0 heh with yeh above: the same as «هٔ», whose hamza is removed below
    "ة": "ه",  # U+0629 teh marbuta
    "٫": ".",  # U+066B Arabic decimal separator: «۵٫۲» is 5.2
    "\u0640": "",  # tatweel (kashida), a stretching of the line
    "\u0670": "",  # superscript alef
    "\u061c": "",  # Arabic letter mark
    "\u200d": "",  # zero-width joiner
    "\u200e": "",  # left-to-right mark
    "\u200f": "",  # right-to-left mark
    **{chr(code): "" for code in range(0x064B, 0x0660)},  # harakat: fathatan .. wavy hamza below
    **{persian: str(value) for value, persian in enumerate(site.LANGUAGES["fa"].digits)},
    **{arabic: str(value) for value, arabic in enumerate("٠١٢٣٤٥٦٧٨٩")},
}

#: One word: a dotted version (``5.2``, ``6.1.3``) or a run of letters, digits, ``_``, ZWNJ.
#: The two spellings must match the same text (the browser tests compare them).
WORD_PYTHON = r"[0-9]+(?:\.[0-9]+)+|[\w\u200c]+"
WORD_JS = r"[0-9]+(?:\.[0-9]+)+|[\p{L}\p{N}_\u200c]+"
LATIN = r"[a-z]"

#: Parts that a ZWNJ separates from the stem: verb prefixes ...
ZWNJ_PREFIXES = ("می", "نمی")
#: ... and plural, possessive, indefinite, comparative and verb endings.
ZWNJ_SUFFIXES = (
    "ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان",
    "ای", "ی", "ام", "ات", "اش", "مان", "تان", "شان", "تر", "ترین",
    "اند", "ایم", "اید", "است",
)  # fmt: skip

#: Endings removed from a word written without a ZWNJ: (ending, replacement,
#: letters that must remain). The first that applies wins, so longer first.
#: «گان» is the plural of a word ending in a silent «ه»: «گیرندگان» -> «گیرنده».
ATTACHED_SUFFIXES = (
    ("هایی", "", 2),  # «کدهای» -> «کد», as «کد‌های» would be
    ("های", "", 2),
    ("ها", "", 2),
    ("گان", "ه", 3),
    ("ان", "", 4),
)
#: Words that look like a stem and an ending but are not: «تنها» is "only", not «تن» + «ها».
NOT_INFLECTED = frozenset({"تنها", "تنهایی"})
#: «می»/«نمی» written without a ZWNJ are removed only from a word that ends like a
#: present-tense verb («میشود», «میکنم»); «میان», «میزان», «میدان» are left alone.
ATTACHED_VERB_ENDINGS = ("د", "م")
MIN_STEM = 3

#: Function words and the affixes of ZWNJ-joined words typed with a space instead
#: («سیگنال ها»): dropped from the index and from the query. English stopwords too,
#: as on the English site, for the identifiers and terms left in English.
PERSIAN_STOPWORDS = frozenset(
    """
    و در به از که این آن را با است هست نیست برای تا یا هم نیز اما ولی اگر پس بر
    یک هر چه چون نه شد شده شود بود باشد کرد کند دارد همین همان آنها اینها
    ها های هایی ای ی می نمی ام ات اش مان تان شان تر ترین
    """.split()
)
STOPWORDS = PERSIAN_STOPWORDS | SearchEnglish.stopwords

_TRANSLATION = str.maketrans(CHARACTERS)
_WORD = re.compile(WORD_PYTHON)
_LATIN = re.compile(LATIN)
_NUMBER = re.compile(r"[0-9]+")  # as searchtools.js skips /^\d+$/ (ASCII digits) in a query
_ENGLISH = snowballstemmer.stemmer("english")
JS_SOURCE = Path(__file__).with_suffix(".js")


def normalise(text: str) -> str:
    """Apply :data:`CHARACTERS` and lower-case: the form both index and query use."""
    return text.translate(_TRANSLATION).lower()


def split(text: str) -> list[str]:
    """Normalise ``text`` and cut it into words (ZWNJ kept inside, never at an edge).

    A verb prefix typed as a word of its own («می شود») is joined to the word
    after it with a ZWNJ, as it is written («می‌شود»).
    """
    words = [word for word in (word.strip(ZWNJ) for word in _WORD.findall(normalise(text))) if word]
    joined: list[str] = []
    for word in words:
        if joined and joined[-1] in ZWNJ_PREFIXES:
            joined[-1] += ZWNJ + word
        else:
            joined.append(word)
    return joined


def _strip_attached(word: str) -> str:
    if word in NOT_INFLECTED:
        return word
    for prefix in sorted(ZWNJ_PREFIXES, key=len, reverse=True):
        if word.startswith(prefix) and word.endswith(ATTACHED_VERB_ENDINGS) and len(word) - len(prefix) >= MIN_STEM:
            if word[len(prefix) :] not in PERSIAN_STOPWORDS:  # «میشود» stays: «شود» alone is a stopword
                word = word[len(prefix) :]
            break
    for ending, replacement, keep in ATTACHED_SUFFIXES:
        if word.endswith(ending) and len(word) - len(ending) >= keep:
            return word[: -len(ending)] + replacement
    return word


@cache
def stem(word: str) -> str:
    """The index term of one word (see the module docstring for the rules)."""
    parts = [part for part in normalise(word).split(ZWNJ) if part]
    if len(parts) > 1 and parts[0] in ZWNJ_PREFIXES:
        # «می‌شمارد» -> «شمارد»; but «می‌شود» -> «میشود»: the verb keeps its prefix
        # where the rest alone is a stopword, or every verb of «شدن» would vanish.
        parts = parts[1:] if "".join(parts[1:]) not in PERSIAN_STOPWORDS else ["".join(parts[:2]), *parts[2:]]
    while len(parts) > 1 and parts[-1] in ZWNJ_SUFFIXES:
        parts = parts[:-1]
    joined = "".join(parts)
    if _LATIN.search(joined):
        return _ENGLISH.stemWord(joined)
    return _strip_attached(joined)


def is_indexed(term: str) -> bool:
    """Whether a stemmed word goes into the index (Sphinx's ``word_filter``).

    Sphinx indexes the unstemmed word when its stem is filtered out; a word that
    still has its ZWNJ is never a term (``می‌شود`` stems to the stopword ``شود``).
    """
    return not _NUMBER.fullmatch(term) and term not in STOPWORDS and ZWNJ not in term


def query_words(query: str) -> list[str]:
    """The words of a reader's query that can match a term (``splitQuery`` in the browser)."""
    return [word for word in split(query) if is_indexed(stem(word))]


def rules() -> dict:
    """The tables, as the browser receives them."""
    return {
        "characters": CHARACTERS,
        "word": WORD_JS,
        "latin": LATIN,
        "zwnj": ZWNJ,
        "zwnjPrefixes": list(ZWNJ_PREFIXES),
        "zwnjSuffixes": list(ZWNJ_SUFFIXES),
        "attachedSuffixes": [list(rule) for rule in ATTACHED_SUFFIXES],
        "attachedVerbEndings": list(ATTACHED_VERB_ENDINGS),
        "minStem": MIN_STEM,
        "notInflected": sorted(NOT_INFLECTED),
        "persianStopwords": sorted(PERSIAN_STOPWORDS),
    }


RULES_PLACEHOLDER = "/*RULES*/ null"


def javascript() -> str:
    """persian.js with :func:`rules` filled in, then the hand-over to the site's ranking."""
    source = JS_SOURCE.read_text(encoding="utf-8")
    if source.count(RULES_PLACEHOLDER) != 1:
        raise ValueError(f"{JS_SOURCE}: expected exactly one {RULES_PLACEHOLDER!r} to fill with the rules")
    persian = source.replace(RULES_PLACEHOLDER, json.dumps(rules(), ensure_ascii=False, sort_keys=True))
    # Phrases of the search vocabulary (search_words.py) are matched on the words as split here.
    tokens = "SearchRanking.tokens = PersianSearch.split;"
    return "\n".join([persian, SPLITTER.format(split="PersianSearch.queryWords"), tokens])


class SearchPersian(SearchLanguage):
    """Persian, with English words stemmed as on the English site."""

    lang = "fa"
    language_name = "Persian"
    stopwords = STOPWORDS
    # Sphinx puts its Snowball English stemmer (EnglishStemmer) into language_data.js
    # for this; persian.js, in js_splitter_code after it, stems Latin words with it.
    js_stemmer_rawcode = "english-stemmer.js"

    def __init__(self, options: dict[str, str]) -> None:
        super().__init__(options)
        self.js_splitter_code = javascript()

    def split(self, input: str) -> list[str]:
        return split(input)

    def stem(self, word: str) -> str:
        return stem(word)

    def word_filter(self, word: str) -> bool:
        return is_indexed(word)


def _rules_digest() -> int:
    """Changes with the rules or the script, so an old index is rebuilt, not reused."""
    digest = hashlib.sha256(json.dumps(rules(), sort_keys=True).encode())
    digest.update(JS_SOURCE.read_bytes())
    digest.update(Path(__file__).read_bytes())  # the Python side of the rules
    digest.update(repr(sorted(STOPWORDS)).encode())
    return int(digest.hexdigest()[:8], 16)


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.search.site_search")  # the ranking the splitter hands over to
    app.add_search_language(SearchPersian)
    return {"env_version": _rules_digest(), "parallel_read_safe": True, "parallel_write_safe": True}
