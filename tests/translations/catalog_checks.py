"""What makes a Persian catalog entry wrong, as pure functions over polib entries.

Why a module of its own: tests/translations/test_translations.py runs every check
on every catalog, and a translator can run the same checks on the one catalog
they are editing, without building the site:

    .venv/bin/python tests/translations/catalog_checks.py locale/fa/LC_MESSAGES/receivers.po

Every problem is one line ``<file>:<line>: <msgid>: <what is wrong> — <what to do>``,
the line being where the entry starts (its first ``#`` comment, else its
``msgid``), so an editor or a terminal can jump to it.
The conventions behind the checks are in locale/README.md.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import polib

# --- markup that a translation must carry over unchanged ------------------------------
ROLE = re.compile(r"\{([\w:.+-]+)\}`([^`]*)`")
CODE = re.compile(r"(?<![`{])(`+)(?!\s)(.+?)(?<!\s)\1(?!`)")
LINK = re.compile(r"\]\(([^)\s]+)\)")
AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
SUBSTITUTION = re.compile(r"\{\{[^}]+\}\}")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdr]|%[sdr]|\$\{\w+\}")
EXPLICIT_TARGET = re.compile(r"^(?P<text>.*?)\s*<(?P<target>[^<>]+)>\s*$", re.DOTALL)

# Roles whose `text` alone means `text <text>`: a translation may give them Persian
# text and keep the original as the explicit target ({term}`گیرنده <receiver>`).
XREF_ROLES = {
    "term", "ref", "doc", "numref", "any", "download", "keyword", "option", "envvar",
    "djangodoc", "djangoticket",
    "func", "class", "meth", "mod", "attr", "exc", "data", "obj",
    "py:func", "py:class", "py:meth", "py:mod", "py:attr", "py:exc", "py:data", "py:obj",
}  # fmt: skip
CASE_INSENSITIVE_TARGETS = {"term", "ref", "numref", "keyword"}  # Sphinx lower-cases these


def _role_key(name: str, body: str) -> str:
    explicit = EXPLICIT_TARGET.match(body)
    if explicit:
        target = explicit["target"]
    elif name in XREF_ROLES:
        target = body.lstrip("~!")
    else:
        return f"{{{name}}}`{body}`"  # e.g. {kbd}, {abbr}: the whole role is markup
    if name in CASE_INSENSITIVE_TARGETS:
        target = " ".join(target.lower().split())
    return f"{{{name}}}`…<{target}>`"


def markup(text: str) -> list[str]:
    """The pieces of ``text`` that must survive translation exactly, sorted (a multiset)."""
    found = [_role_key(name, body) for name, body in ROLE.findall(text)]
    plain = ROLE.sub(" ", text)
    found += [match.group(0) for match in CODE.finditer(plain)]
    plain = CODE.sub(" ", plain)
    found += LINK.findall(plain) + AUTOLINK.findall(plain)
    plain = AUTOLINK.sub(" ", LINK.sub("] ", plain))
    found += HTML_TAG.findall(plain) + SUBSTITUTION.findall(plain) + PLACEHOLDER.findall(plain)
    return sorted(found)


def prose(text: str) -> str:
    """What a reader sees as words: roles reduced to their text; code, targets, tags and placeholders removed."""

    def role_text(match: re.Match) -> str:
        explicit = EXPLICIT_TARGET.match(match[2])
        return explicit["text"] if explicit else (match[2] if match[1] in XREF_ROLES else " ")

    text = ROLE.sub(role_text, text)
    text = CODE.sub(" ", text)
    text = AUTOLINK.sub(" ", LINK.sub("] ", text))
    return PLACEHOLDER.sub(" ", SUBSTITUTION.sub(" ", HTML_TAG.sub(" ", text)))


# --- Persian script -------------------------------------------------------------------
ZWNJ = "\u200c"
LETTER = "[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]"  # Arabic-script letters
ARABIC_LETTERS = {"ي": "ی", "ك": "ک", "ى": "ی"}
ARABIC_DIGITS = re.compile(r"[\u0660-\u0669]")
PERSIAN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")
WORD_END = rf"(?![\w{ZWNJ}])"
WORD_START = rf"(?<![\w{ZWNJ}])"
# «می شود», «نمی توان»: the prefix written as a separate word.
MI_SPACE = re.compile(rf"{WORD_START}(ن?می) (?={LETTER})")
# «میشود», «نمیتوان»: the prefix glued to the verb. Only verb stems with a personal
# ending, so that words that merely start with «می» (میان، میزان، میدان، میلیون) pass.
PRESENT_STEMS = (
    "شو|کن|توان|ده|آی|گیر|خواه|بین|رو|مان|فرست|دان|گوی|گو|گذار|نویس|خوان|یاب|رس|ساز|پذیر|"
    "بر|آور|کش|دار|زن|گرد|خور|شناس|پرداز|انداز|افت|سنج|آموز|آزما|بخش|ریز|کاه|افزا|چرخ|پای"
)
PAST_STEMS = "شد|کرد|توانست|داد|آمد|گرفت|خواست|دید|رفت|ماند|فرستاد|گفت|نوشت|رسید|ساخت|داشت|یافت"
MI_GLUED = re.compile(
    rf"{WORD_START}(ن?می)((?:{PRESENT_STEMS})(?:م|ی|د|یم|ید|ند)|توان|(?:{PAST_STEMS})(?:م|ی|یم|ید|ند)?){WORD_END}"
)
# «سیگنال ها», «نمونه ای», «ساده ترین»: a suffix written as a separate word.
SUFFIX_SPACE = re.compile(
    rf"(?<={LETTER}) (ها|های|هایی|هایش|هایشان|هایمان|هایتان|ترین|ترینِ){WORD_END}|(?<=ه) (ای|اید|ایم|اند){WORD_END}"
)
STRAY_ZWNJ = re.compile(rf"{ZWNJ}(?=[\s{ZWNJ}]|$)|(?:(?<=\s)|^){ZWNJ}")
LATIN_PUNCTUATION = re.compile(rf"(?<={LETTER})\s*([,;?])")
PERSIAN_PUNCTUATION = {",": "،", ";": "؛", "?": "؟"}
PERSIAN_VERSION = re.compile(r"[۰-۹]+(?:\.[۰-۹]+)+")
LATIN_WORD = re.compile(r"\b[A-Za-z][A-Za-z'’-]+\b")
ENGLISH_RUN = re.compile(r"(?:\b[A-Za-z][A-Za-z'’-]*\b[\s,.;:()]+){3,}\b[A-Za-z][A-Za-z'’-]*\b")
HAS_PERSIAN = re.compile(LETTER)


def _quote(text: str, start: int, end: int) -> str:
    """The word(s) around ``text[start:end]``, for a message a translator can search for."""
    left = max(text.rfind(" ", 0, max(start - 1, 0)), 0)
    right = text.find(" ", min(end + 1, len(text)))
    return "«" + text[left : right if right > 0 else len(text)].strip() + "»"


def script_problems(text: str) -> Iterator[str]:
    """Persian writing conventions broken in ``text`` (already reduced to prose)."""
    for arabic, persian in ARABIC_LETTERS.items():
        for match in re.finditer(arabic, text):
            yield (f"Arabic letter {arabic!r} (U+{ord(arabic):04X}) in {_quote(text, match.start(), match.end())}"
                   f" — write the Persian {persian!r} (U+{ord(persian):04X})")  # fmt: skip
    for match in ARABIC_DIGITS.finditer(text):
        yield f"Arabic-Indic digit {match[0]!r} — write the Persian digit {chr(ord(match[0]) + 0x90)!r}"
    for match in MI_SPACE.finditer(text):
        yield (f"{_quote(text, match.start(), match.end())}: «{match[1]}» written as a separate word"
               f" — join it with a zero-width non-joiner (U+200C): «{match[1]}{ZWNJ}…»")  # fmt: skip
    for match in MI_GLUED.finditer(text):
        yield (f"«{match[0]}»: «{match[1]}» glued to the verb"
               f" — put a zero-width non-joiner (U+200C) after it: «{match[1]}{ZWNJ}{match[2]}»")  # fmt: skip
    for match in SUFFIX_SPACE.finditer(text):
        suffix = match[1] or match[2]
        yield (f"{_quote(text, match.start(), match.end())}: suffix «{suffix}» written as a separate word"
               f" — attach it with a zero-width non-joiner (U+200C) instead of the space")  # fmt: skip
    for match in STRAY_ZWNJ.finditer(text):
        yield (f"zero-width non-joiner next to a space or at an edge near {_quote(text, match.start(), match.end())}"
               " — delete it")  # fmt: skip
    for match in LATIN_PUNCTUATION.finditer(text):
        yield (f"Latin {match[1]!r} after Persian text in {_quote(text, match.start(), match.end())}"
               f" — write {PERSIAN_PUNCTUATION[match[1]]!r}")  # fmt: skip
    for match in PERSIAN_VERSION.finditer(text):
        yield (f"«{match[0]}» looks like a version in Persian digits"
               f" — versions stay in Latin digits: {match[0].translate(PERSIAN_DIGITS)}")  # fmt: skip


def english_left(msgid: str, msgstr: str) -> str | None:
    """Why ``msgstr`` still reads as English, or None."""
    source_words = LATIN_WORD.findall(prose(msgid))
    text = prose(msgstr)
    if len(source_words) >= 2 and not HAS_PERSIAN.search(text):
        return "no Persian in the translation — translate the sentence (identifiers stay in backticks)"
    run = ENGLISH_RUN.search(text)
    if run:
        return (f"English prose left: «{run[0].strip()}» — translate it; only identifiers (in backticks)"
                " and names such as WSGI or Read the Docs stay in Latin script")  # fmt: skip
    return None


# --- entries --------------------------------------------------------------------------
def pairs(entry: polib.POEntry) -> list[tuple[str, str]]:
    """(source, translation) pairs of an entry; plural entries give one pair per form."""
    if entry.msgid_plural:
        forms = [entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural)]
        return [(entry.msgid if index == 0 else entry.msgid_plural, form) for index, form in enumerate(forms)]
    return [(entry.msgid, entry.msgstr)]


def is_finished(entry: polib.POEntry) -> bool:
    return not entry.fuzzy and all(translation.strip() for _, translation in pairs(entry))


def load(path: Path) -> polib.POFile:
    return polib.pofile(str(path), wrapwidth=0)


def translations(path: Path, catalog: polib.POFile | None = None) -> Iterator[tuple[polib.POEntry, str, str]]:
    """``(entry, source, translation)`` of every finished entry (plural forms one by one): what
    the checks of the Persian text read. ``catalog`` is ``path`` already loaded."""
    for entry in catalog if catalog is not None else load(path):
        if not entry.obsolete and is_finished(entry):
            for source, translation in pairs(entry):
                yield entry, source, translation


def where(path: Path, entry: polib.POEntry) -> str:
    return f"{path}:{entry.linenum}: {entry.msgid[:60]!r}"


def unfinished(path: Path, catalog: polib.POFile | None = None) -> list[str]:
    """Entries Sphinx would silently show in English: empty or fuzzy."""
    problems = []
    for entry in catalog if catalog is not None else load(path):
        if entry.obsolete:
            continue
        if entry.fuzzy:
            before = f" (it translated {entry.previous_msgid[:60]!r})" if entry.previous_msgid else ""
            problems.append(
                f"{where(path, entry)}: fuzzy: the English changed since it was translated{before}"
                " — update the msgstr to the new msgid, then remove the 'fuzzy' flag"
            )
        elif not is_finished(entry):
            problems.append(f"{where(path, entry)}: untranslated — write the Persian msgstr")
    return problems


def markup_changes(path: Path, catalog: polib.POFile | None = None) -> list[str]:
    """Finished entries whose msgstr lost, changed or added code, a role target, a link or a placeholder."""
    problems = []
    for entry, source, translation in translations(path, catalog):
        want, got = markup(source), markup(translation)
        if want != got:
            lost = [item for item in want if item not in got or want.count(item) > got.count(item)]
            added = [item for item in got if item not in want or got.count(item) > want.count(item)]
            problems.append(
                f"{where(path, entry)}: markup changed: missing {sorted(set(lost))}, not in the English"
                f" {sorted(set(added))} — copy inline code, role and link targets and placeholders from"
                " the msgid unchanged; translate only a role's or link's text: {term}`گیرنده <receiver>`"
            )
    return problems


def script_hygiene(path: Path, catalog: polib.POFile | None = None) -> list[str]:
    """Persian writing conventions (letters, digits, ZWNJ, punctuation) in finished entries."""
    return [
        f"{where(path, entry)}: {problem}"
        for entry, _source, translation in translations(path, catalog)
        for problem in script_problems(prose(translation))
    ]


def english_prose(path: Path, catalog: polib.POFile | None = None) -> list[str]:
    """Finished entries that still read as English."""
    return [
        f"{where(path, entry)}: {english}"
        for entry, source, translation in translations(path, catalog)
        if (english := english_left(source, translation))
    ]


def glossary_words(glossary: Path) -> dict[str, str]:
    """English term (as {term} targets it) -> the Persian word of locale/fa/.../glossary.po."""
    return {
        " ".join(plain_term(entry.msgid).lower().split()): plain_term(entry.msgstr)
        for entry in load(glossary)
        if is_finished(entry) and not entry.obsolete and "\n" not in entry.msgid and len(entry.msgid) < 40
    }


def plain_term(text: str) -> str:
    return text.strip().strip("`")


def term_links(path: Path, catalog: polib.POFile | None = None, glossary: dict[str, str] | None = None) -> list[str]:
    """A {term} link's Persian text must use the glossary's word: {term}`گیرنده‌ها <receiver>`, not
    {term}`دریافت‌کننده <receiver>` (its first word is enough: {term}`وصل شود <connect>`)."""
    problems = []
    for entry, _source, translation in translations(path, catalog):
        for name, body in ROLE.findall(translation):
            explicit = EXPLICIT_TARGET.match(body)
            text, target = (explicit["text"], explicit["target"]) if explicit else (body, body)
            word = (glossary or {}).get(" ".join(target.lower().split()))
            if name != "term" or word is None:
                continue  # an unknown term fails the build itself (Sphinx warns)
            if word.split()[0] not in text and text not in word:
                problems.append(
                    f"{where(path, entry)}: {{term}}`{body}` — the glossary's word for {target!r} is"
                    f" «{word}»: write {{term}}`{word} <{target}>` (inflected as the sentence needs)"
                )
    return problems


CHECKS = (unfinished, markup_changes, script_hygiene, english_prose)

# --- terminology (opt-in: --terms) -------------------------------------------------------
# Words a translator may reach for where the glossary (docs/glossary.md) has chosen
# another and that are right in some contexts («همزمان» for "at the same time», «کش»
# for a rubber band): not part of `make test`; the report is for a reviewer to read.
# Words that are wrong in every context are in the decisions table of
# locale/README.md instead, which tests/translations/persian_style.py enforces.
_ZW = f"[{ZWNJ} ]?"
TERMINOLOGY = [
    (r"(?<![\w\u200c])همزمان(?![\w\u200c])", "sync → «همگام» (for 'at the same time' write «هم‌زمان»)"),
    (r"(?<![\w\u200c])کش(?![\w\u200c])|حافظه نهان", "cache → «حافظهٔ نهان»"),
    (r"(?<![\w\u200c])تعهد", "commit → «ثبت تراکنش (commit)»"),
]


def terminology(path: Path, catalog: polib.POFile | None = None) -> list[str]:
    """Words the glossary translates otherwise (a review aid, not a gate)."""
    problems = []
    for entry, _source, translation in translations(path, catalog):
        text = prose(translation)
        for pattern, advice in TERMINOLOGY:
            for match in re.finditer(pattern, text):
                problems.append(f"{where(path, entry)}: {_quote(text, match.start(), match.end())}: {advice}")
    return problems


def check(paths: Iterable[Path]) -> list[str]:
    problems = []
    for path in paths:
        catalog = load(path)
        for run in CHECKS:
            problems += run(path, catalog)
    return problems


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if not arguments or arguments[0] in {"-h", "--help"}:
        print(
            "usage: catalog_checks.py [--terms] CATALOG.po ...\n"
            "  checks the catalogs as 'make test' does; --terms lists words the glossary translates otherwise"
        )
        sys.exit(2)
    if arguments[0] == "--terms":
        found = [problem for arg in arguments[1:] for problem in terminology(Path(arg))]
    else:
        found = check(Path(arg) for arg in arguments)
    print("\n".join(found) or "no problems")
    sys.exit(1 if found else 0)
