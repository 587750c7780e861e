"""Persian style guards: one word per concept, no English left in sentences, one spelling.

The checks of catalog_checks.py keep a translation complete and its script clean;
these keep it edited. Every rule comes from one table in locale/README.md
("Decisions"): the glossary's terms with the variants that are wrong, and the
spellings and phrasings the edition does not use. Change the table, not this file.

    .venv/bin/python tests/translations/persian_style.py locale/fa/LC_MESSAGES/testing.po

Every problem is one line ``<file>:<line>: <msgid>: <what is wrong> — <the fix>``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import polib

import catalog_checks as checks

ROOT = Path(__file__).resolve().parents[2]
DECISIONS = ROOT / "locale" / "README.md"
DIAGRAMS = ROOT / "docs" / "_static" / "diagrams"

ZWNJ = checks.ZWNJ
LRI, PDI = "\u2066", "\u2069"  # left-to-right isolate … pop directional isolate
PERSIAN = checks.LETTER
QUOTED = re.compile(r"«[^«»]*»")

# Names Persian developers write in Latin script. Django and Python are «جنگو» and «پایتون».
ALLOWED_LATIN = {
    "API", "ASGI", "WSGI", "HTTP", "HTTPS", "SQL", "URL", "LTS", "README", "SMS", "CSV", "JSON",
    "SQLite", "MySQL", "MariaDB", "PostgreSQL", "Redis", "Memcached", "Celery", "Jinja2",
    "CPython", "IPython", "PyPI", "pytest", "pytest-django", "pytest-asyncio", "gunicorn", "uWSGI",
    "uvicorn", "Daphne", "asgiref", "Elasticsearch", "Meilisearch", "GitHub", "GitLab", "Bitbucket", "Read", "the", "Docs", "Sphinx", "Poedit", "zip",
}  # fmt: skip


# --- the decisions table ----------------------------------------------------------------
@dataclass(frozen=True)
class Term:
    english: str
    persian: str
    wrong: tuple[str, ...]
    gloss: str  # what must follow the word at its first use on a page, e.g. "(migration)"; "" if nothing


@dataclass(frozen=True)
class Sense:
    pattern: re.Pattern
    wrong: str  # the sense the word must not carry
    right: str
    why: str


@dataclass(frozen=True)
class Spelling:
    wrong: str
    right: str
    why: str


def _table(text: str, marker: str) -> list[list[str]]:
    """The rows of the Markdown table that follows ``<!-- marker -->`` in ``text``."""
    start = text.index(f"<!-- {marker} -->")
    rows = []
    for line in text[start:].splitlines()[1:]:
        if not line.strip():
            if rows:
                break
            continue
        if not line.startswith("|"):
            break
        # a cell may hold "\|" (a regular expression's alternative): split on the others
        cells = [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
        if not set("".join(cells)) <= set("-: "):
            rows.append(cells)
    return rows[1:]  # without the header


def _quoted(cell: str) -> list[str]:
    return re.findall(r"«([^«»]+)»", cell)


def decisions(path: Path = DECISIONS) -> tuple[list[Term], list[Spelling]]:
    """The term decisions and the spelling list of locale/README.md."""
    text = path.read_text(encoding="utf-8")
    terms = []
    for english, persian, wrong, first_use, *_ in _table(text, "decisions: terms"):
        [word] = _quoted(persian)[:1] or [persian]
        terms.append(Term(english.strip("`"), word, tuple(_quoted(wrong)), (_quoted(first_use) or [""])[0]))
    spellings = []
    for wrong, right, why, *_ in _table(text, "decisions: spelling"):
        spellings.append(Spelling(_quoted(wrong)[0], (_quoted(right) or [right])[0], why))
    return terms, spellings


def senses(path: Path = DECISIONS) -> list[Sense]:
    """The "senses" table of locale/README.md: a word in the sense the edition gives another word."""
    text = path.read_text(encoding="utf-8")
    return [
        Sense(re.compile(pattern.strip("`")), wrong, (_quoted(right) or [right])[0], why)
        for pattern, wrong, right, why, *_ in _table(text, "decisions: senses")
    ]


def variant(text: str) -> re.Pattern:
    """A wrong word as written in the table: whole word; a trailing «…» also matches longer words."""
    prefix = text.endswith("…")
    body = re.escape(text.rstrip("…"))
    if re.match(r"[A-Za-z]", text):
        return re.compile(rf"(?<![\w-]){body}" + ("" if prefix else r"(?![\w-])"), re.IGNORECASE)
    # Persian: the word may take a suffix after a zero-width non-joiner, or «ها»/«های» joined.
    return re.compile(rf"(?<![\w{ZWNJ}]){body}" + ("" if prefix else rf"(?=$|[^\w]|{ZWNJ}|ها)"))


# --- what a reader sees -----------------------------------------------------------------
def _without_glosses(text: str) -> str:
    """Drop parenthesised English glosses, «ثبت تراکنش (commit)», and quoted English, «'Me'»."""
    text = re.sub(r"\([^()]*\)", lambda m: m[0] if checks.HAS_PERSIAN.search(m[0]) else " ", text)
    text = re.sub(r"(?<!\w)'[A-Za-z][^'\s]*'", " ", text)  # a quoted literal: 'Me'
    return QUOTED.sub(lambda m: m[0] if checks.HAS_PERSIAN.search(m[0]) else " ", text)


def sentence_text(msgstr: str) -> str:
    """Prose without code, links and their text, isolated runs and English glosses: where Latin is wrong."""
    text = checks.ROLE.sub(" ", msgstr)
    text = checks.CODE.sub(" ", text)
    text = re.sub(r"\[[^\]]*\]\([^)\s]*\)", " ", text)
    text = checks.AUTOLINK.sub(" ", text)
    text = checks.PLACEHOLDER.sub(" ", checks.SUBSTITUTION.sub(" ", checks.HTML_TAG.sub(" ", text)))
    text = re.sub(f"{LRI}[^{PDI}]*{PDI}", " ", text)
    text = re.sub(r"&#?\w+;", " ", text)  # HTML entities in sphinx.po: &#169;
    return _without_glosses(text)


def _bare(text: str) -> str:
    """``text`` without its bidi isolates, so that «زیر ⁦WSGI⁩» is still «زیر WSGI»."""
    return text.replace(LRI, "").replace(PDI, "")


def _entries(path: Path, catalog: polib.POFile | None) -> Iterator[polib.POEntry]:
    for entry in catalog if catalog is not None else checks.load(path):
        if not entry.obsolete and checks.is_finished(entry) and entry.msgid:
            yield entry


def _near(text: str, match: re.Match) -> str:
    return checks._quote(text, match.start(), match.end())


# --- the guards -------------------------------------------------------------------------
def wrong_terms(path: Path, catalog: polib.POFile | None = None, terms: list[Term] | None = None) -> list[str]:
    """Words the glossary decided against: «سطر» for row, «قلاب» for hook, «پرس‌وجو» for query…"""
    terms = decisions()[0] if terms is None else terms
    problems = []
    for entry in _entries(path, catalog):
        text = _without_glosses(checks.prose(_bare(entry.msgstr)))
        for term in terms:
            for wrong in term.wrong:
                for match in variant(wrong).finditer(text):
                    problems.append(
                        f"{checks.where(path, entry)}: {_near(text, match)}: «{wrong}» is not this edition's word"
                        f" for {term.english!r} — write «{term.persian}» (locale/README.md, Decisions)"
                    )
    return problems


def missing_glosses(path: Path, catalog: polib.POFile | None = None, terms: list[Term] | None = None) -> list[str]:
    """The first use of a term the table marks (migration) on a page gives the English: «مهاجرت (migration)»."""
    terms = decisions()[0] if terms is None else terms
    problems = []
    if path.name == "glossary.po":
        return problems  # the glossary page prints the English beside every term (bilingual_glossary)
    entries = list(_entries(path, catalog))
    for term in (t for t in terms if t.gloss):
        pattern = variant(term.persian)
        first = next((e for e in entries if pattern.search(checks.prose(e.msgstr))), None)
        if first is not None and term.gloss not in first.msgstr.replace(LRI, "").replace(PDI, ""):
            problems.append(
                f"{checks.where(path, first)}: first use of «{term.persian}» on this page without the English"
                f" — write «{term.persian} {term.gloss}» here"
            )
    return problems


def latin_in_sentences(path: Path, catalog: polib.POFile | None = None) -> list[str]:
    """English words in Persian prose outside code, links, parenthesised glosses and the allowed names."""
    problems = []
    for entry in _entries(path, catalog):
        if not checks.HAS_PERSIAN.search(entry.msgstr):
            continue  # a cell of identifiers, or an untranslated entry (catalog_checks reports that)
        text = sentence_text(entry.msgstr)
        for match in re.finditer(r"(?<![\w-])[A-Za-z][A-Za-z0-9_'’-]*", text):
            word = match[0].rstrip("'’-")
            if word in ALLOWED_LATIN:
                continue
            problems.append(
                f"{checks.where(path, entry)}: English word «{word}» in a Persian sentence — translate it (glossary"
                f" word, with the English in parentheses at first use if needed), put an identifier in backticks"
                f" as the msgid does, or add a name to ALLOWED_LATIN in {Path(__file__).name}"
            )
    return problems


def wrong_spellings(
    path: Path, catalog: polib.POFile | None = None, spellings: list[Spelling] | None = None
) -> list[str]:
    """The spelling and phrasing list: «به صورت» → «به‌صورت», «پاکسازی» → «پاک‌سازی», «زندگی می‌کند»…"""
    spellings = decisions()[1] if spellings is None else spellings
    problems = []
    for entry in _entries(path, catalog):
        text = checks.prose(_bare(entry.msgstr))
        for spelling in spellings:
            for match in variant(spelling.wrong).finditer(text):
                problems.append(
                    f"{checks.where(path, entry)}: {_near(text, match)}: «{spelling.wrong}» — write «{spelling.right}»"
                    f" ({spelling.why})"
                )
    return problems


def wrong_senses(path: Path, catalog: polib.POFile | None = None, table: list[Sense] | None = None) -> list[str]:
    """One word, one meaning: «ثبت» for *log*, «برمی‌انگیزد» for a signal, «وارد شد» for *log in*…"""
    table = senses() if table is None else table
    problems = []
    for entry in _entries(path, catalog):
        text = checks.prose(_bare(entry.msgstr))
        for sense in table:
            for match in sense.pattern.finditer(text):
                problems.append(
                    f"{checks.where(path, entry)}: {_near(text, match)}: {sense.wrong} — write «{sense.right}»"
                    f" (senses: {sense.why})"
                )
    return problems


# --- mechanics a reader sees: joiners, bidi runs, digits ---------------------------------------
NON_JOINING = "اآأإدذرزژوؤ"  # letters that never join the next one: a ZWNJ after them does nothing


def zwnj_after_non_joining(path: Path, catalog: polib.POFile | None = None) -> list[str]:
    """«وارد‌شده», «جدا‌شده»: a zero-width non-joiner after a letter that does not join is a typing slip."""
    problems = []
    for entry in _entries(path, catalog):
        text = checks.prose(entry.msgstr)
        for match in re.finditer(f"[{NON_JOINING}]{ZWNJ}", text):
            problems.append(
                f"{checks.where(path, entry)}: {_near(text, match)}: zero-width non-joiner after the non-joining"
                f" letter «{match[0][0]}» — delete it: «{text[match.start() : match.end() + 8].split()[0].replace(ZWNJ, '')}»"
            )
    return problems


def _as_shown(msgstr: str) -> str:
    """The text with what the site isolates (code, roles, links, U+2066 runs) replaced by a neutral mark."""
    text = checks.ROLE.sub(" ◊ ", msgstr)
    text = checks.CODE.sub(" ◊ ", text)
    text = re.sub(r"\[[^\]]*\]\([^)\s]*\)", " ◊ ", text)
    return re.sub(f"{LRI}[^{PDI}]*{PDI}", " ◊ ", text)


LATIN_LIST = re.compile(r"[A-Za-z0-9][)»'\"]*\s*،\s*[(«'\"]*[A-Za-z0-9]")


def latin_lists(path: Path, catalog: polib.POFile | None = None) -> list[str]:
    """«gunicorn، uWSGI»: a Persian comma between two Latin words joins them into one run shown reversed."""
    problems = []
    for entry in _entries(path, catalog):
        text = _as_shown(entry.msgstr)
        for match in LATIN_LIST.finditer(text):
            problems.append(
                f"{checks.where(path, entry)}: {_near(text, match)}: Latin words separated by «،» show as one"
                f" reversed run — write «و» between them, or isolate each with U+2066 … U+2069"
            )
    return problems


LATIN_NUMBER = re.compile(r"(?<![\w.٫])[0-9]+(?![\w.٫])")
PERSIAN_NUMBER = re.compile("[۰-۹]")
VERSION_BEFORE = re.compile(r"(?:جنگو|پایتون|نسخهٔ|نسخه|Django|Python|HTTP)\s*$")


def mixed_digits(path: Path, catalog: polib.POFile | None = None) -> list[str]:
    """One page, one digit system in prose: «پاسخ 500» on a page that writes «چهار»، «۵۱۲»."""
    entries = list(_entries(path, catalog))
    if not any(PERSIAN_NUMBER.search(_as_shown(e.msgstr)) for e in entries):
        return []
    problems = []
    for entry in entries:
        text = _as_shown(entry.msgstr)
        if not checks.HAS_PERSIAN.search(text):
            continue
        for match in LATIN_NUMBER.finditer(text):
            if VERSION_BEFORE.search(text[: match.start()]):
                continue  # a version: Django 5, Python 3
            problems.append(
                f"{checks.where(path, entry)}: {_near(text, match)}: Latin digits «{match[0]}» beside Persian"
                f" digits on this page — write «{match[0].translate(str.maketrans('0123456789', '۰۱۲۳۴۵۶۷۸۹'))}»"
            )
    return problems


# "**Sent** at …" copied word for word: «**فرستاده می‌شود** در آغاز …». Persian puts the verb last.
VERB_FIRST = re.compile(
    rf"^\*\*[^*]*?(?:ن?می{ZWNJ}\S+|شود|شوند|شد|است)\*\*\s*[^\s.:؛،]"
    rf"|^\S+ ن?می{ZWNJ}(?:شود|شوند)\s+(?=\S)(?!$)"
)


def verb_first(path: Path, catalog: polib.POFile | None = None) -> list[str]:
    """Sentences that open with their verb, copying English reference entries ("**Sent** when …")."""
    problems = []
    for entry in _entries(path, catalog):
        match = VERB_FIRST.search(entry.msgstr)
        if match:
            problems.append(
                f"{checks.where(path, entry)}: «{match[0].strip()}…» opens with the verb — a Persian sentence ends"
                " with it: «در آغاز `Model.save()` **فرستاده می‌شود**: …»"
            )
    return problems


def glued_suffixes(path: Path, catalog: polib.POFile | None = None) -> list[str]:
    """A Persian suffix written onto code («`post_save`ی») shows detached from it: rephrase."""
    problems = []
    for entry in _entries(path, catalog):
        text = entry.msgstr
        spans = [m.span() for m in checks.ROLE.finditer(text)]
        blanked = checks.ROLE.sub(lambda m: " " * len(m[0]), text)
        spans += [m.span() for m in checks.CODE.finditer(blanked)]
        for start, end in sorted(spans):
            if re.match(rf"{ZWNJ}?{PERSIAN}", text[end:]):
                after = text[end:].split(" ")[0].lstrip(ZWNJ)
                problems.append(
                    f"{checks.where(path, entry)}: suffix «{after}» glued to {text[start:end]!r} — rephrase so"
                    " the code stands alone: «هیچ سیگنال `m2m_changed` نمی‌فرستد», not «هیچ `m2m_changed`ی»"
                )
    return problems


# --- strings that are plain text, not markup: meta descriptions, alt text, SVG titles ---------
_RUN_CHARS = r"[A-Za-z0-9_.()*@=\[\]/'\"-]"
LATIN_RUN = re.compile(rf"[A-Za-z_*@]{_RUN_CHARS}*(?:[ ,]+(?=[(*@]*[A-Za-z_]){_RUN_CHARS}+)*")


def _trim(run: str) -> str:
    """A Latin run without the sentence's punctuation: a final stop, or a ")" that closes a Persian "("."""
    run = run.rstrip(".,:")
    while run.endswith(")") and run.count(")") > run.count("("):
        run = run[:-1].rstrip(".,:")
    return run


def unisolated(text: str) -> list[str]:
    """Latin runs of ``text`` outside a U+2066 … U+2069 isolate (what would show reordered)."""
    bare = re.sub(f"{LRI}[^{LRI}{PDI}]*{PDI}", " ", text)
    runs = [_trim(run) for run in LATIN_RUN.findall(bare)]
    problems = [f"{run!r} not isolated" for run in runs if re.search("[A-Za-z]", run)]
    if text.count(LRI) != text.count(PDI):
        problems.append(f"{text.count(LRI)} U+2066 but {text.count(PDI)} U+2069")
    if "\u200e" in text or "\u200f" in text:
        problems.append("direction marks U+200E/U+200F (use an isolate around the Latin run instead)")
    return problems


def isolate(text: str) -> str:
    """``text`` with each Latin run wrapped in U+2066 … U+2069 (a translator's helper; idempotent)."""
    text = text.replace("\u200e", "").replace("\u200f", "")
    pieces = re.split(f"({LRI}[^{PDI}]*{PDI})", text)

    def wrap(match: re.Match) -> str:
        run = match[0]
        core = _trim(run)
        return f"{LRI}{core}{PDI}{run[len(core) :]}" if re.search("[A-Za-z]", core) else run

    return "".join(p if p.startswith(LRI) else LATIN_RUN.sub(wrap, p) for p in pieces)


def plain_text_sources(page: Path) -> set[str]:
    """The strings of an English page that are shown as plain text: its meta description, image alt texts."""
    text = page.read_text(encoding="utf-8")
    found = set(re.findall(r'^\s+description:\s*"(.*)"\s*$', text, flags=re.MULTILINE))
    found |= {alt.strip() for alt in re.findall(r"^:alt:\s*(.+)$", text, flags=re.MULTILINE)}
    return found


def plain_text_isolation(path: Path, catalog: polib.POFile | None = None, page: Path | None = None) -> list[str]:
    """Plain-text strings (no markup to carry direction) isolate every Latin run with U+2066 … U+2069."""
    if page is None or not page.is_file():
        return []
    sources = plain_text_sources(page)
    problems = []
    for entry in _entries(path, catalog):
        if entry.msgid in sources:
            for problem in unisolated(entry.msgstr):
                problems.append(
                    f"{checks.where(path, entry)}: plain text (meta description or alt text): {problem} — wrap each"
                    f" Latin run in U+2066 … U+2069 (persian_style.isolate() does it): «…{LRI}pre_save{PDI}…»"
                )
    return problems


def svg_isolation(svg: Path) -> list[str]:
    """The <title> and <desc> of a Persian diagram isolate their Latin runs."""
    problems = []
    text = svg.read_text(encoding="utf-8")
    for match in re.finditer(r"<(title|desc)\b[^>]*>(.*?)</\1>", text, flags=re.DOTALL):
        line = text.count("\n", 0, match.start()) + 1
        problems += [f"{svg}:{line}: <{match[1]}>: {p} — wrap each Latin run in U+2066 … U+2069"
                     for p in unisolated(match[2])]  # fmt: skip
    return problems


# --- every Persian string the site ships ----------------------------------------------------------
# One list: each file (glob, from the root) that ships Persian text, with the guard that reads it.
# test_every_persian_source_is_listed fails on a file with Persian letters that is in neither dict.
PERSIAN_SOURCES = {
    "locale/fa/LC_MESSAGES/**/*.po": "catalog",  # the pages and sphinx.po (the theme, the search page's script)
    "docs/_ext/*/i18n/locales/fa/LC_MESSAGES/*.po": "catalog",  # the extensions' labels, JavaScript's included
    "docs/_static/diagrams/*.fa.svg": "diagram",  # <title>, <desc> and every <text>
    # Each edition's record: the site's title, sidebar name, footer, the language page's line
    # (scripts/site_root.py), the PDF's /Title and table of contents (scripts/make_pdf.py).
    "docs/_ext/signals_docs/site.py": "python",
}
# Files with Persian letters that ship no Persian text to a reader, and why.
PERSIAN_NOT_SHIPPED = {
    "locale/README.md": "the translators' guide",
    "locale/fa/search-words.toml": "readers' words for the search index, never shown",
    "docs/_ext/signals_docs/examples/version_claims/prose.py": "patterns that find version claims in Persian prose",
    "docs/_ext/signals_docs/search/search_words.py": "comments",
    "docs/_ext/signals_docs/search/site_search.js": "comments",
    "docs/_ext/signals_docs/search/persian.py": "comments and the normalisation tables of the search",
    "docs/_ext/signals_docs/search/persian.js": "comments and a digit table; its labels are in sphinx.po",
    "docs/_ext/signals_docs/persian/glossary_order.py": "comments",
    "docs/_ext/signals_docs/persian/index_order.py": "comments",
    "docs/_ext/signals_docs/persian/collation.py": "the alphabet's order",
    "docs/_ext/signals_docs/persian/bidi_runs.py": "comments",
    "docs/_ext/signals_docs/persian/static/rtl.css": "comments",
    "scripts/subset_fonts.py": "the font subset's character ranges",
}
PERSIAN_SEARCHED = ("docs", "locale", "scripts", "conf.py")
PERSIAN_LETTER = re.compile("[\u0600-\u06ff]")
_BINARY = {".mo", ".pyc", ".woff", ".woff2", ".ttf", ".otf", ".png", ".jpg", ".gif", ".ico", ".pdf", ".zip"}


def persian_files(root: Path = ROOT) -> set[str]:
    """Every file under PERSIAN_SEARCHED with a Persian letter, every *.fa.svg and everything in locale/fa."""
    found = set()
    for base in PERSIAN_SEARCHED:
        top = root / base
        for path in [top] if top.is_file() else top.rglob("*") if top.is_dir() else []:
            if not path.is_file() or "__pycache__" in path.parts or path.suffix in _BINARY:
                continue
            relative = path.relative_to(root).as_posix()
            if relative.endswith(".fa.svg") or relative.startswith("locale/fa/"):
                found.add(relative)
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError):
                continue
            if PERSIAN_LETTER.search(text):
                found.add(relative)
    return found


def sources(kind: str | None = None, root: Path = ROOT) -> list[Path]:
    """The files of PERSIAN_SOURCES (of one guard ``kind``)."""
    return sorted({p for pattern, k in PERSIAN_SOURCES.items() if kind in (None, k) for p in root.glob(pattern)})


def unlisted_persian_files(root: Path = ROOT) -> list[str]:
    listed = {p.relative_to(root).as_posix() for p in sources(root=root)} | set(PERSIAN_NOT_SHIPPED)
    return sorted(persian_files(root) - listed)


def _persian_part(text: str) -> str:
    """From the first Persian letter to the end: the Persian half of a bilingual string."""
    match = PERSIAN_LETTER.search(text)
    return text[match.start() :].strip() if match else ""


def shipped_strings(path: Path) -> list[tuple[int, str, str]]:
    """(line, where, text) of each Persian string of a diagram, an HTML page or a Python module."""
    import ast
    import html as html_module
    from html.parser import HTMLParser

    text = path.read_text(encoding="utf-8")
    found = []
    if path.suffix == ".svg":
        for match in re.finditer(r"<(title|desc|text)\b[^>]*>(.*?)</\1>", text, flags=re.DOTALL):
            value = html_module.unescape(re.sub(r"<[^>]+>", "", match[2]))
            if PERSIAN_LETTER.search(value):
                found.append((text.count("\n", 0, match.start()) + 1, f"<{match[1]}>", value))
    elif path.suffix == ".html":

        class Strings(HTMLParser):
            def __init__(self):
                super().__init__(convert_charrefs=True)
                self.skip = 0

            def handle_starttag(self, tag, attrs):
                self.skip += tag in {"script", "style"}
                for name, value in attrs:
                    if name in {"content", "title", "alt", "aria-label"} and value and PERSIAN_LETTER.search(value):
                        found.append((self.getpos()[0], f"<{tag} {name}>", _persian_part(value)))

            def handle_endtag(self, tag):
                self.skip -= tag in {"script", "style"}

            def handle_data(self, data):
                if not self.skip and PERSIAN_LETTER.search(data):
                    found.append((self.getpos()[0], "text", _persian_part(data)))

        Strings().feed(text)
    elif path.suffix == ".py":
        tree = ast.parse(text)
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
        }  # fmt: skip
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                if PERSIAN_LETTER.search(node.value):
                    found.append((node.lineno, "string", node.value))
    return found


# The guards that read plain strings (no markup): a catalog's guards, less those about markup and glosses.
STRING_CHECKS = (wrong_terms, latin_in_sentences, wrong_spellings, wrong_senses, zwnj_after_non_joining, latin_lists)


def shipped_string_problems(path: Path, shown: Path | None = None) -> list[str]:
    """The decisions, the senses and the mechanics on every Persian string of a diagram, page or module."""
    shown = path if shown is None else shown
    strings = shipped_strings(path)
    catalog = polib.POFile()
    for line, where, value in strings:
        entry = polib.POEntry(msgid=f"{where} {value[:40]}", msgstr=value)
        entry.linenum = line
        catalog.append(entry)
    problems = []
    for guard in STRING_CHECKS:
        problems += guard(shown, catalog)
    problems += mixed_digits(shown, catalog)
    if path.suffix == ".svg":
        problems += [f"{shown}:{line}: {where}: {p} — wrap each Latin run in U+2066 … U+2069"
                     for line, where, value in strings for p in unisolated(value)]  # fmt: skip
    return problems


def page_of(catalog_path: Path, locale: Path) -> Path:
    return ROOT / "docs" / catalog_path.relative_to(locale).with_suffix(".md")


def headings(page: Path) -> set[str]:
    """The headings of an English page, as their msgids read."""
    text = page.read_text(encoding="utf-8")
    return {m.strip() for m in re.findall(r"^#{1,6}\s+(.+?)\s*$", text, flags=re.MULTILINE)}


def latin_titles(path: Path, catalog: polib.POFile | None = None, page: Path | None = None) -> list[str]:
    """A heading that starts with a Latin word shows reversed where its direction is guessed: <title>, search."""
    if page is None or not page.is_file():
        return []
    titles = headings(page)
    problems = []
    for entry in _entries(path, catalog):
        if (
            entry.msgid in titles
            and re.match(r"[\s*_]*[A-Za-z]", entry.msgstr)
            and checks.HAS_PERSIAN.search(entry.msgstr)
        ):
            problems.append(
                f"{checks.where(path, entry)}: heading starts with Latin ({entry.msgstr[:30]!r}) — start it with a"
                " Persian word: «قاعده‌های API سیگنال», not «API سیگنال: قاعده‌ها»"
            )
    return problems


CHECKS = (
    wrong_terms, missing_glosses, latin_in_sentences, wrong_spellings, verb_first, glued_suffixes, wrong_senses,
    zwnj_after_non_joining, latin_lists, mixed_digits,
)  # fmt: skip


def check(paths: Iterable[Path]) -> list[str]:
    problems = []
    for path in paths:
        catalog = checks.load(path)
        for run in CHECKS:
            problems += run(path, catalog)
        if "LC_MESSAGES" in path.parts and "_ext" not in path.parts:  # a page's catalog
            locale = Path(*path.parts[: path.parts.index("LC_MESSAGES") + 1])
            problems += plain_text_isolation(path, catalog, page_of(path, locale))
            problems += latin_titles(path, catalog, page_of(path, locale))
    return problems


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if not arguments or arguments[0] in {"-h", "--help"}:
        print("usage: persian_style.py CATALOG.po ...  (the style guards of 'make test', on these catalogs)")
        sys.exit(2)
    found = check(Path(arg).resolve() for arg in arguments)
    print("\n".join(found) or "no problems")
    sys.exit(1 if found else 0)
