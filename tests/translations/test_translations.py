"""Guards of the Persian edition: complete, current, well-formed, clean script.

Sphinx shows English for every missing, empty or fuzzy entry and says nothing;
these tests are what stands between a stale catalog and a reader. The checks
themselves live in catalog_checks.py (also a command for translators); every
failure names ``<file>:<line>`` and what to do. locale/README.md explains each
message.
"""

import json
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import polib
import pytest
import sphinx_rtd_theme

import catalog_checks as checks
import unless_unchanged
from builtsite import require
from sitepaths import BUILD, LOCALE, ROOT, source_pages

INTERFACE = LOCALE / "sphinx.po"  # Sphinx's and the theme's labels, not a page
PAGE_CATALOGS = sorted(p for p in LOCALE.rglob("*.po") if p != INTERFACE)
EXTENSION_CATALOGS = sorted((ROOT / "docs" / "_ext" / "signals_docs" / "i18n" / "locales").glob("*/LC_MESSAGES/*.po"))
CATALOGS = PAGE_CATALOGS + [INTERFACE] + EXTENSION_CATALOGS
EXTENSION_CATALOG = (
    ROOT / "docs" / "_ext" / "signals_docs" / "i18n" / "locales" / "fa" / "LC_MESSAGES" / "signals_docs.po"
)
THEME_POT = Path(sphinx_rtd_theme.__file__).parent / "locale" / "sphinx.pot"


def relative(path: Path) -> Path:
    return path.relative_to(ROOT)


def by_catalog(function):
    return pytest.mark.parametrize("catalog", CATALOGS, ids=lambda p: relative(p).as_posix())(function)


def report(title: str, problems: list[str]) -> str:
    return f"{title} ({len(problems)}):\n  " + "\n  ".join(problems)


# --- completeness -----------------------------------------------------------------------
def test_every_page_has_a_catalog():
    missing = [p for p in source_pages() if not (LOCALE / f"{p}.po").is_file()]
    assert not missing, report("pages without a Persian catalog — run 'make po PAGES=\"<page>\"'", missing)


def test_every_catalog_belongs_to_a_page():
    pages = set(source_pages())
    orphans = [str(relative(p)) for p in PAGE_CATALOGS if p.relative_to(LOCALE).with_suffix("").as_posix() not in pages]
    assert not orphans, report(
        "catalogs of pages that no longer exist — 'git rm' them (or move with the page)", orphans
    )


@by_catalog
def test_every_message_is_translated_and_not_fuzzy(catalog):
    problems = checks.unfinished(relative(catalog), checks.load(catalog))
    assert not problems, report("entries a translator must finish (Sphinx shows them in English)", problems)


def test_catalogs_are_current_with_the_pages(monkeypatch):
    """Every message the pages have now is in the catalogs (did someone skip 'make po'?).
    The pages' messages are extracted into _build/test-cache/gettext/ through
    scripts/unless_unchanged.py, as `make html` builds: again only when the checkout changed."""
    monkeypatch.chdir(ROOT)  # unless_unchanged reads the checkout it runs in
    pot_dir = extract(ROOT / "docs", BUILD / "test-cache" / "gettext", remembered=True)
    stale = []
    for pot in sorted(pot_dir.rglob("*.pot")):
        page = pot.relative_to(pot_dir).with_suffix("").as_posix()
        po = LOCALE / f"{page}.po"
        known = {e.msgid for e in polib.pofile(str(po)) if not e.obsolete} if po.is_file() else set()
        new = [e for e in polib.pofile(str(pot)) if e.msgid not in known]
        if new:
            line = next((int(n) for e in new for _, n in e.occurrences if n and int(n) > 0), 1)
            stale.append(
                f"docs/{page}.md:{line}: {len(new)} message(s) not in {relative(po)}, first {new[0].msgid[:60]!r}"
                f" — run 'make po PAGES=\"{page}\"', then translate what it lists"
            )
    assert not stale, report("pages whose English changed without 'make po'", stale)


def extract(source: Path, tmp_path: Path, remembered: bool = False) -> Path:
    """Run Sphinx's gettext builder on ``source`` as 'make po' does; return the .pot folder.
    ``remembered``: not again while nothing in the checkout changed (scripts/unless_unchanged.py);
    when it runs, every page is read afresh (-E: an extension's edit leaves no saved doctree stale)
    into an empty folder (--clean: no .pot of a page since removed)."""
    command = ["env", "-i", "VERIFY_EXAMPLES=0", "PATH=", sys.executable, "-m", "sphinx", "-b", "gettext", "-E",
               "-c", str(ROOT), "-q", "-d", str(tmp_path / "dt"), str(source), str(tmp_path / "pot")]  # fmt: skip
    if remembered:
        assert (
            unless_unchanged.main([str(tmp_path / "stamp.json"), str(tmp_path / "pot"), "--clean", "--", *command]) == 0
        )
    else:
        subprocess.run(command, check=True, cwd=ROOT)
    return tmp_path / "pot"


# --- well-formed ------------------------------------------------------------------------
@by_catalog
def test_msgfmt_check_is_clean(catalog):
    # Skipped where gettext is missing, failed on CI: a skip there would hide broken catalogs.
    require(shutil.which("msgfmt") is not None, "msgfmt (GNU gettext) is not installed")
    result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(catalog)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stderr, result.stderr.replace(str(ROOT) + "/", "")


@by_catalog
def test_translations_keep_code_roles_links_and_placeholders(catalog):
    problems = checks.markup_changes(relative(catalog), checks.load(catalog))
    assert not problems, report("translations that changed markup", problems)


@by_catalog
def test_persian_script_hygiene(catalog):
    problems = checks.script_hygiene(relative(catalog), checks.load(catalog))
    assert not problems, report("Persian writing conventions broken (see locale/README.md)", problems)


@by_catalog
def test_no_english_prose_left_in_persian(catalog):
    problems = checks.english_prose(relative(catalog), checks.load(catalog))
    assert not problems, report("Persian entries that still read as English", problems)


@pytest.mark.parametrize("catalog", PAGE_CATALOGS, ids=lambda p: relative(p).as_posix())
def test_term_links_use_the_glossary_word(catalog):
    glossary = checks.glossary_words(LOCALE / "glossary.po")
    problems = checks.term_links(relative(catalog), checks.load(catalog), glossary)
    assert not problems, report("glossary links whose Persian text is not the glossary's word", problems)


def test_a_term_link_with_another_word_is_caught(tmp_path):
    path = tmp_path / "terms.po"
    path.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "A {term}`receiver` and {term}`connected <connect>` ones."\n'
        'msgstr "یک {term}`دریافت‌کننده <receiver>` و {term}`وصل‌شده‌ها <connect>`."\n',
        encoding="utf-8",
    )
    found = checks.term_links(path, glossary={"receiver": "گیرنده", "connect": "وصل کردن"})
    assert len(found) == 1 and "{term}`گیرنده <receiver>`" in found[0] and found[0].startswith(f"{path}:5: "), found


# --- the interface catalogs cover what the site shows -----------------------------------
def msgids(path: Path) -> set[str]:
    return {e.msgid for e in polib.pofile(str(path)) if not e.obsolete}


def test_interface_catalog_covers_every_theme_string():
    """A theme upgrade that adds a label fails here instead of showing English on Persian pages."""
    missing = sorted(msgids(THEME_POT) - msgids(INTERFACE) - {""})
    assert not missing, report(f"sphinx-rtd-theme strings missing from {relative(INTERFACE)} — add and translate",
                               [repr(m) for m in missing])  # fmt: skip


def test_interface_catalog_covers_the_project_templates():
    from babel.messages.extract import extract_from_file

    wanted = {}
    for template in sorted((ROOT / "docs" / "_templates").glob("*.html")):
        for line, message, *_ in extract_from_file("jinja2.ext:babel_extract", str(template)):
            wanted.setdefault(message if isinstance(message, str) else message[0], f"{relative(template)}:{line}")
    missing = [f"{place}: {message!r}" for message, place in wanted.items() if message not in msgids(INTERFACE)]
    assert not missing, report(f"template labels missing from {relative(INTERFACE)} — add and translate", missing)


def test_extension_catalog_covers_every_label():
    """Every ``_("…")`` of the extensions (docs/_ext, through signals_docs.i18n.labels) has a Persian entry."""
    from babel.messages.extract import extract_from_file

    known = msgids(EXTENSION_CATALOG)
    missing = []
    for module in sorted((ROOT / "docs" / "_ext").rglob("*.py")):
        if "from signals_docs.i18n.labels import _" not in module.read_text(encoding="utf-8"):
            continue
        for line, message, *_ in extract_from_file("python", str(module), keywords={"_": None}):
            if message not in known:
                missing.append(f"{relative(module)}:{line}: {message!r}")
    assert not missing, report(f"extension labels missing from {relative(EXTENSION_CATALOG)} — add and translate",
                               missing)  # fmt: skip


# --- the built Persian pages ------------------------------------------------------------
LABEL = re.compile(r'\b(?:aria-label|title|placeholder|alt)="([^"]*)"')
ALLOWED_LATIN = {"Sphinx", "Read", "the", "Docs", "English", "Django", "GitHub", "HTTP", "WSGI", "ASGI"}
SEARCH_SCRIPT_MESSAGES = [
    "Search Results", "Searching", "Preparing search...", ", in ", "Hide Search Matches",
    "Search finished, found one page matching the search query.",
    "Your search did not match any documents. Please make sure that all words are spelled correctly and that you've selected enough categories.",
]  # fmt: skip


@pytest.mark.build
def test_persian_pages_have_no_english_interface_labels(html_root):
    """aria-labels, tooltips and placeholders are read aloud or shown: they must be Persian."""
    problems = []
    for page in sorted((html_root / "fa").rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        html = re.sub(r"<(pre|code|script|style)\b.*?</\1>", "", html, flags=re.DOTALL)
        for label in set(LABEL.findall(html)):
            # A Persian label may name identifiers (alt="فرستنده signal.send(...) را ..."); one without
            # a Persian letter is English.
            english = [w for w in re.findall(r"[A-Za-z]{3,}", label) if w not in ALLOWED_LATIN]
            if english and not checks.HAS_PERSIAN.search(label):
                problems.append(f"{page.relative_to(html_root)}: {label!r}")
    assert not problems, report(
        "English labels on Persian pages — a page title or alt text: translate it in the page's catalog;"
        f" an interface label: in {relative(INTERFACE)} (Sphinx, theme) or {relative(EXTENSION_CATALOG)}"
        " (our extensions)", sorted(problems)[:40])  # fmt: skip


@pytest.mark.build
def test_search_page_script_speaks_persian(html_root):
    script = (html_root / "fa" / "_static" / "translations.js").read_text(encoding="utf-8")
    messages = json.loads(script[script.find("{") : script.rfind("}") + 1])["messages"]
    english = []
    for msgid in SEARCH_SCRIPT_MESSAGES:
        value = messages.get(msgid)
        forms = value if isinstance(value, list) else [value]
        if not all(form and checks.HAS_PERSIAN.search(form) for form in forms):
            english.append(repr(msgid))
    assert not english, report(f"search script strings without Persian — translate them in {relative(INTERFACE)}"
                               " (docs/_ext/signals_docs/search/search_page_labels.py copies them into translations.js)", english)  # fmt: skip


# --- the guards catch what they must, and nothing else ----------------------------------
def test_the_markup_check_reports_what_was_lost():
    assert checks.markup("use `dispatch_uid` and {djangodoc}`docs <ref/signals/>`") == [
        "`dispatch_uid`",
        "{djangodoc}`…<ref/signals/>`",
    ]
    assert checks.markup("از dispatch_uid و {djangodoc}`مستندات <ref/signals/>`") == ["{djangodoc}`…<ref/signals/>`"]


@pytest.mark.parametrize(
    ("english", "persian"),
    [
        ("a {term}`receiver` runs", "یک {term}`گیرنده <receiver>` اجرا می‌شود"),
        ("a {term}`Receiver` runs", "یک {term}`گیرنده <receiver>` اجرا می‌شود"),
        ("see {ref}`why-signals-triggers`", "{ref}`سیگنال‌ها و تریگرها <why-signals-triggers>` را ببینید"),
        ("see {doc}`testing`", "{doc}`آزمودن <testing>` را ببینید"),
        ("the {djangodoc}`ref/signals/` page", "صفحهٔ {djangodoc}`مرجع سیگنال‌ها <ref/signals/>`"),
        ("the {term}`models <model>`", "{term}`مدل‌ها <model>`"),
        ("[the docs](#why-signals) `x`", "`x` [مستندات](#why-signals)"),
        ("%(copyright)s and ${count}", "${count} و %(copyright)s"),
    ],
)
def test_translated_role_and_link_text_is_accepted(english, persian):
    assert checks.markup(english) == checks.markup(persian)


@pytest.mark.parametrize(
    ("english", "persian"),
    [
        ("use `dispatch_uid`", "از dispatch_uid استفاده کنید"),  # code span dropped
        ("use `dispatch_uid`", "از `dispatch-uid` استفاده کنید"),  # code span altered
        ("use `dispatch_uid` twice: `dispatch_uid`", "دو بار از `dispatch_uid` استفاده کنید"),  # one of two dropped
        ("a {term}`receiver` runs", "یک {term}`گیرنده` اجرا می‌شود"),  # target translated
        ("see {ref}`why-signals`", "«چرا سیگنال» را ببینید"),  # cross-reference dropped
        ("see {ref}`text <why-signals>`", "{ref}`متن <why-signal>` را ببینید"),  # target altered
        ("[docs](#why-signals)", "[مستندات](#why)"),  # link target altered
        ("%(copyright)s", "%(copy)s"),  # placeholder altered
        ("{kbd}`Ctrl-C`", "{kbd}`کنترل`"),  # a non-reference role is code
    ],
)
def test_changed_markup_is_caught(english, persian):
    assert checks.markup(english) != checks.markup(persian)


CORRECT_PERSIAN = [
    # Sentences as translators write them; none may be flagged.
    "این راهنما توزیع‌کنندهٔ سیگنال جنگو را از مفاهیم پایه تا کاربرد در محیط عملیاتی آموزش می‌دهد.",
    "گیرنده‌ها باید ایمن در برابر تکرار باشند، چون ممکن است سیگنالی بیش از آنچه انتظار دارید فرستاده شود.",
    "میان این دو نسخه، میزان تغییرات در میدان دید شما کم است؛ میلیون‌ها درخواست را تمیز پاسخ می‌دهد.",
    "آن‌ها نمی‌توانند؛ اما می‌توان گیرنده‌ای ساده‌تر نوشت که بهترین گزینه است؟",
    "در جنگو 5.2 و 6.1 رفتار یکسان است و شمارنده از ۰ شروع می‌شود.",
    "نمونه‌ای از `django.dispatch.Signal`: رویدادی نام‌دار که فرستنده‌ها آن را می‌فرستند.",
    "گیرنده‌هایی که نوشته‌اید، در `ready()` وصل شده‌اند.",
]
BROKEN_PERSIAN = [
    ("این سیگنال ها فرستاده می‌شوند.", "suffix «ها» written as a separate word"),
    ("گیرنده اجرا می شود.", "«می» written as a separate word"),
    ("گیرنده اجرا نمی شود.", "«نمی» written as a separate word"),
    ("گیرنده اجرا میشود.", "«می» glued to the verb"),
    ("نمیتوان آن را جدا کرد.", "«نمی» glued to the verb"),
    ("گیرنده‌اي ساده", "Arabic letter 'ي'"),
    ("كد ساده", "Arabic letter 'ك'"),
    ("نمونه ای ساده", "suffix «ای» written as a separate word"),
    ("ساده ترین راه", "suffix «ترین» written as a separate word"),
    ("در جنگو ۵.۲ است", "looks like a version in Persian digits"),
    ("شمارش از ٣ است", "Arabic-Indic digit"),
    ("گیرنده, فرستنده", "Latin ',' after Persian text"),
    ("چرا سیگنال?", "Latin '?' after Persian text"),
    ("گیرنده\u200c ساده", "zero-width non-joiner next to a space"),
]


@pytest.mark.parametrize("sentence", CORRECT_PERSIAN)
def test_correct_persian_is_not_flagged(sentence):
    assert list(checks.script_problems(checks.prose(sentence))) == []


@pytest.mark.parametrize(("sentence", "expected"), BROKEN_PERSIAN)
def test_broken_persian_is_flagged(sentence, expected):
    problems = list(checks.script_problems(checks.prose(sentence)))
    assert any(expected in problem for problem in problems), problems


def test_english_left_in_a_translation_is_flagged():
    assert checks.english_left("Signals compared with triggers", "Signals compared with triggers")
    assert checks.english_left("A receiver is a function.", "یک receiver is just a function")
    assert checks.english_left("See {djangodoc}`the signal docs <topics/signals/>`.",
                               "{djangodoc}`the signal dispatcher docs <topics/signals/>` را ببینید.")  # fmt: skip
    assert not checks.english_left("Under WSGI the signal carries `environ=`.", "در WSGI سیگنال `environ=` را دارد.")
    assert not checks.english_left("`AppConfig`", "`AppConfig`")


BROKEN_CATALOG = textwrap.dedent(
    """\
    msgid ""
    msgstr ""
    "Language: fa\\n"
    "Content-Type: text/plain; charset=UTF-8\\n"

    msgid "Connect it once with `dispatch_uid`."
    msgstr ""

    #, fuzzy
    #| msgid "A receiver runs."
    msgid "A receiver runs once."
    msgstr "گیرنده اجرا می‌شود."

    msgid "Connect it once with `dispatch_uid`, please."
    msgstr "آن را فقط یک بار وصل کنید."

    msgid "A {term}`receiver` is a function."
    msgstr "یک {term}`گیرنده` تابع است."

    msgid "It runs."
    msgstr "اجرا می شود."

    msgid "Signals compared with triggers"
    msgstr "Signals compared with triggers"
    """
)


def test_each_broken_entry_is_reported_at_its_line(tmp_path):
    """The acceptance test of the guards: empty, fuzzy, missing code span, bad role, bad script, English."""
    path = tmp_path / "broken.po"
    path.write_text(BROKEN_CATALOG, encoding="utf-8")
    problems = checks.check([path])
    expected = {
        6: "untranslated",
        9: "fuzzy: the English changed since it was translated (it translated 'A receiver runs.')",
        14: "missing ['`dispatch_uid`']",
        17: "missing ['{term}`…<receiver>`']",
        20: "«می» written as a separate word",
        23: "no Persian in the translation",
    }
    for line, text in expected.items():
        assert any(p.startswith(f"{path}:{line}: ") and text in p for p in problems), (line, text, problems)
    assert len(problems) == len(expected), problems


def test_a_changed_english_sentence_makes_its_translation_fuzzy_and_fails_the_guard(tmp_path):
    """Drift, end to end: edit a page, run the extraction and scripts/update_po.py as 'make po' does,
    and the guard lists exactly the entry that needs a translator."""
    docs, locale = tmp_path / "docs", tmp_path / "locale" / "fa" / "LC_MESSAGES"
    docs.mkdir()
    locale.mkdir(parents=True)
    (docs / "index.md").write_text("# Index\n\n```{toctree}\nglossary\n```\n", encoding="utf-8")
    page = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
    old = "A group of database changes that are kept or undone together."
    new = "A group of database changes that are all kept or all undone together."
    assert old in page, "the drift test edits a sentence of docs/glossary.md that is no longer there"
    (docs / "glossary.md").write_text(page.replace(old, new), encoding="utf-8")
    shutil.copy(LOCALE / "glossary.po", locale / "glossary.po")
    assert not checks.unfinished(locale / "glossary.po"), "docs/glossary.md's catalog must start complete"

    pot_dir = extract(docs, tmp_path)
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_po.py"), str(pot_dir), str(tmp_path / "locale"),
         "--language", "fa", "glossary"], check=True, capture_output=True, cwd=ROOT,
    )  # fmt: skip

    problems = checks.unfinished(locale / "glossary.po")
    assert len(problems) == 1, problems
    catalog = polib.pofile(str(locale / "glossary.po"))
    entry = catalog.find(new)
    translation = polib.pofile(str(LOCALE / "glossary.po")).find(old).msgstr
    assert entry is not None and entry.fuzzy and entry.msgstr == translation  # the old Persian, kept as a draft
    assert problems[0].startswith(f"{locale / 'glossary.po'}:{entry.linenum}: {new[:60]!r}: fuzzy")
    assert catalog.find(old) is None or catalog.find(old).obsolete


def test_terminology_review_flags_words_the_glossary_translates_otherwise(tmp_path):
    """catalog_checks.py --terms: a review aid for words that are wrong only in some contexts (not a gate)."""
    path = tmp_path / "terms.po"
    path.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "a"\nmsgstr "این گیرنده همزمان اجرا می‌شود و کش را پاک می‌کند؛ با تعهد."\n\n'
        'msgid "b"\nmsgstr "این گیرندهٔ همگام هم‌زمان با دیگری حافظهٔ نهان را پاک می‌کند؛ `cache` هم."\n',
        encoding="utf-8",
    )
    found = checks.terminology(path)
    advice = ["sync → «همگام»", "cache → «حافظهٔ نهان»", "commit → «ثبت تراکنش (commit)»"]
    assert len(found) == 3 and all(any(a in p for p in found) for a in advice), found
    assert all(p.startswith(f"{path}:5: ") for p in found)
