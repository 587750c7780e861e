"""Guards of the Persian edition's style: the decisions of locale/README.md hold on every catalog.

Each guard is a function of persian_style.py; here each one runs on every catalog
and, first, on a planted catalog where it must report the fault at its line.
"""

import re
import textwrap
from pathlib import Path

import polib
import pytest

import persian_style as style
from sitepaths import LOCALE, ROOT

CATALOGS = sorted(LOCALE.rglob("*.po")) + sorted((ROOT / "docs" / "_ext").rglob("locales/*/LC_MESSAGES/*.po"))
PERSIAN_DIAGRAMS = style.sources("diagram")
SHIPPED_STRINGS = style.sources("diagram") + style.sources("html") + style.sources("python")


def relative(path: Path) -> Path:
    return path.relative_to(ROOT)


def report(title: str, problems: list[str]) -> str:
    return f"{title} ({len(problems)}):\n  " + "\n  ".join(problems)


# --- the real catalogs -------------------------------------------------------------------
@pytest.mark.parametrize("catalog", CATALOGS, ids=lambda p: relative(p).as_posix())
def test_catalog_follows_the_decisions(catalog):
    loaded = style.checks.load(catalog)
    problems = []
    for guard in style.CHECKS:
        problems += guard(relative(catalog), loaded)
    if catalog.is_relative_to(LOCALE):  # a page's catalog: its meta description and alt texts
        problems += style.plain_text_isolation(relative(catalog), loaded, style.page_of(catalog, LOCALE))
        problems += style.latin_titles(relative(catalog), loaded, style.page_of(catalog, LOCALE))
    assert not problems, report("Persian style (locale/README.md, Decisions and Style guide)", problems)


@pytest.mark.parametrize("svg", PERSIAN_DIAGRAMS, ids=lambda p: p.name)
def test_persian_diagram_titles_isolate_latin(svg):
    problems = style.svg_isolation(relative(svg))
    assert not problems, report("diagram titles with Latin runs that are not isolated", problems)


def test_the_glossary_and_the_decisions_agree():
    """The decisions table and glossary.po are two views of one choice: they must name the same word."""
    glossary = {
        e.msgid.strip("`").lower(): e.msgstr for e in polib.pofile(str(LOCALE / "glossary.po")) if not e.obsolete
    }
    terms, _ = style.decisions()
    disagree = [
        f"{t.english!r}: decisions «{t.persian}», {relative(LOCALE / 'glossary.po')} «{glossary[t.english.lower()]}»"
        for t in terms
        if t.english.lower() in glossary and glossary[t.english.lower()] != t.persian
    ]
    assert not disagree, report("terms whose glossary word is not the decided one — change both together", disagree)


def test_the_decisions_table_is_read():
    terms, spellings = style.decisions()
    by_english = {t.english: t for t in terms}
    assert "سطر" in by_english["row"].wrong and by_english["migration"].gloss == "(migration)"
    assert any(s.wrong == "پاکسازی" and s.right == "پاک‌سازی" for s in spellings)


# --- each guard catches its fault ---------------------------------------------------------
PLANTED = textwrap.dedent(
    """\
    msgid ""
    msgstr ""
    "Content-Type: text/plain; charset=UTF-8\\n"

    msgid "Save the row."
    msgstr "سطر را ذخیره کنید."

    msgid "A hook for the view."
    msgstr "یک قلاب برای view."

    msgid "Apply the migration."
    msgstr "مهاجرت را اعمال کنید."

    msgid "Clean up as a list."
    msgstr "پاکسازی به صورت فهرست."

    msgid "**Sent** at the start of `save()`."
    msgstr "**فرستاده می‌شود** در آغاز `save()`."

    msgid "No `m2m_changed` at all."
    msgstr "هیچ `m2m_changed`ی نمی‌فرستد."

    msgid "Call it (see {ref}`here <x>`)."
    msgstr "آن را فرامی‌خوانید ({ref}`اینجا <x>` را ببینید)."
    """
)
EXPECTED = {
    5: (style.wrong_terms, "«سطر» is not this edition's word for 'row' — write «ردیف»"),
    8: (style.wrong_terms, "«قلاب» is not this edition's word for 'hook' — write «هوک»"),
    11: (style.missing_glosses, "first use of «مهاجرت» on this page without the English — write «مهاجرت (migration)»"),
    14: (style.wrong_spellings, "«پاکسازی» — write «پاک‌سازی»"),
    17: (style.verb_first, "opens with the verb"),
    20: (style.glued_suffixes, "suffix «ی» glued to '`m2m_changed`'"),
}


def reported_at_their_lines(tmp_path: Path, planted: str, expected: dict) -> Path:
    """Write ``planted`` as a catalog; each guard of ``expected`` reports its fault at its line."""
    path = tmp_path / "planted.po"
    path.write_text(planted, encoding="utf-8")
    problems = style.check([path])
    for line, (guard, text) in expected.items():
        assert any(p.startswith(f"{path}:{line}: ") and text in p for p in guard(path)), (line, text, problems)
    return path


def test_each_planted_fault_is_reported_at_its_line(tmp_path):
    path = reported_at_their_lines(tmp_path, PLANTED, EXPECTED)
    problems = style.check([path])
    assert any(p.startswith(f"{path}:8: ") and "English word «view»" in p for p in style.latin_in_sentences(path))
    assert any(p.startswith(f"{path}:14: ") and "«به صورت» — write «به‌صورت»" in p for p in problems)
    assert not [p for p in problems if p.startswith(f"{path}:23: ")], problems  # the correct entry


@pytest.mark.parametrize(
    "sentence",
    [
        "گیرنده‌ای که با `sender=Place` وصل شده یک ردیف در جدول `place` می‌نویسد.",
        "هر دو در WSGI و ASGI کار می‌کنند و Redis و SQLite هم.",
        "وصل کردن باید ایمن در برابر تکرار (idempotent) باشد.",
        "نام دکوراتور «reciver» غلط است و رشته‌ای مانند 'Me' فرستنده نیست.",
        "آزمون {djangodoc}`AppConfig.ready() <ref/applications/>` را فرامی‌خواند.",
        "آن سیگنال‌ها را برای پشتیبانی از هر دو نسخه بخوانید.",
        "در آغاز `Model.save()` **فرستاده می‌شود**: برای هر نمونه.",
        "**فرستاده نمی‌شود**",
    ],
)
def test_correct_persian_passes_every_guard(tmp_path, sentence):
    path = tmp_path / "correct.po"
    entry = polib.POEntry(msgid="x", msgstr=sentence)
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    catalog.append(entry)
    catalog.save(str(path))
    assert style.check([path]) == []


@pytest.mark.parametrize(
    ("text", "fault"),
    [
        ("فرستنده signal.send(sender, **kwargs) را فرامی‌خواند.", "'signal.send(sender, **kwargs)' not isolated"),
        ("سیگنال \u2066pre_save در برابر", "1 U+2066 but 0 U+2069"),
        ("فرستنده \u200fsignal.send()\u200f را", "direction marks"),
    ],
)
def test_plain_text_without_isolates_is_caught(text, fault):
    assert any(fault in problem for problem in style.unisolated(text)), style.unisolated(text)


def test_isolate_wraps_each_latin_run_once():
    text = "سیگنال‌های مدل: pre_save در برابر post_save، و m2m_changed."
    isolated = style.isolate(text)
    assert isolated == "سیگنال‌های مدل: \u2066pre_save\u2069 در برابر \u2066post_save\u2069، و \u2066m2m_changed\u2069."
    assert style.isolate(isolated) == isolated and style.unisolated(isolated) == []
    assert (
        style.isolate("با ثبت تراکنش (COMMIT) و signal.send(x)")
        == "با ثبت تراکنش (\u2066COMMIT\u2069) و \u2066signal.send(x)\u2069"
    )


def test_a_diagram_title_without_isolates_is_caught(tmp_path):
    svg = tmp_path / "planted.fa.svg"
    svg.write_text('<svg>\n<title id="t">چرخهٔ Model.save() درون تراکنش</title>\n</svg>\n', encoding="utf-8")
    problems = style.svg_isolation(svg)
    assert len(problems) == 1 and problems[0].startswith(f"{svg}:2: <title>"), problems


# --- identifier links on the built Persian pages ------------------------------------------
LINK = re.compile(r'<a class="[^"]*\breference\b[^"]*"[^>]*>(.*?)</a>', flags=re.DOTALL)


ONLY_CODE = re.compile(r'\s*<code\b[^>]*\stranslate="no"[^>]*>.*?</code>\s*', flags=re.DOTALL)  # chrome/inline_code


def unisolated_links(html: str) -> list[str]:
    """Links whose text is Latin script but not wrapped in <bdi dir="ltr"> (signals_docs.persian.bidi).

    A link that is nothing but inline code (a table of contents entry) is isolated by rtl.css."""
    from signals_docs.persian.bidi import needs_isolation

    found = []
    for inner in LINK.findall(html):
        text = re.sub(r"<[^>]+>", "", inner).strip()
        if needs_isolation(text) and not inner.startswith('<bdi dir="ltr">') and not ONLY_CODE.fullmatch(inner):
            found.append(text)
    return found


def test_an_unisolated_identifier_link_is_caught():
    html = (
        '<p>متد <a class="extlink-djangodoc reference external" href="x">Signal.connect()</a> و '
        '<a class="reference internal" href="y"><bdi dir="ltr">ready()</bdi></a> و '
        '<a class="reference internal" href="z">بخش بعد</a> و '
        '<a class="reference internal" href="t"><code translate="no">pre_save</code></a></p>'
    )
    assert unisolated_links(html) == ["Signal.connect()"]


@pytest.mark.build
def test_identifier_links_are_isolated_on_persian_pages(html_root):
    problems = []
    for page in sorted((html_root / "fa").rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        body = html[html.find('role="main"') :]
        problems += [f"{page.relative_to(html_root)}: {text!r}" for text in unisolated_links(body)]
    assert not problems, report("Latin link text not isolated on Persian pages (signals_docs.persian.bidi)", problems)


# --- one word, one meaning, and what a reader sees (issue 26) -----------------------------
PLANTED_SENSES = textwrap.dedent(
    """\
    msgid ""
    msgstr ""
    "Content-Type: text/plain; charset=UTF-8\\n"

    msgid "The exception is logged to `django.dispatch`."
    msgstr "استثنا در لاگر `django.dispatch` ثبت می‌شود."

    msgid "The test triggers the signal."
    msgstr "آزمون آن سیگنال را از راه درخواستی برمی‌انگیزد."

    msgid "The exception undoes the addition."
    msgstr "استثنا افزودن را برمی‌گرداند."

    msgid "Sent once the user has logged in."
    msgstr "همین که کاربر وارد شد فرستاده می‌شود."

    msgid "When the URLconf is loaded."
    msgstr "وقتی پیکربندی URLها بارگذاری شود."

    msgid "Receivers of a collected sender are dropped."
    msgstr "گیرنده‌های فرستنده‌ای که زباله‌روبی شده کنار گذاشته می‌شوند."

    msgid "Try it in a Python shell."
    msgstr "آن را در پوستهٔ پایتون امتحان کنید."

    msgid "It leaves the receiver disconnected."
    msgstr "گیرنده را جدا‌شده رها می‌کند."

    msgid "a WSGI server (gunicorn, uWSGI)"
    msgstr "یک سرور WSGI (gunicorn، uWSGI)"

    msgid "A 500 response, with 4 receivers."
    msgstr "پاسخ 500، با ۴ گیرنده."

    msgid "The callback runs after the commit."
    msgstr "تابع بازفراخوانی پس از ثبت تراکنش اجرا می‌شود."

    msgid "3 passed, 1 skipped"
    msgstr "۳ موفق، ۱ ردشده"

    msgid "The signal API: rules"
    msgstr "API سیگنال: قاعده‌ها"

    msgid "on_commit() registers a callback that runs after the commit."
    msgstr "`on_commit()` یک تابع بازفراخوانی ثبت می‌کند که پس از ثبت تراکنش اجرا می‌شود."

    msgid "Rolling back a transaction."
    msgstr "برگرداندن یک تراکنش."
    """
)
EXPECTED_SENSES = {
    5: (style.wrong_senses, "*log* written «ثبت»"),
    8: (style.wrong_senses, "*raise* for a signal"),
    11: (style.wrong_senses, "*undo* or *restore* written as *return*"),
    14: (style.wrong_senses, "*log in* written as *import*'s «وارد شدن»"),
    17: (style.wrong_senses, "a Persian suffix glued to Latin"),
    20: (style.wrong_senses, "*dropped* written as *skip*"),
    23: (style.wrong_terms, "«پوستهٔ پایتون» is not this edition's word for 'shell' — write «شل»"),
    26: (style.zwnj_after_non_joining, "zero-width non-joiner after the non-joining letter «ا»"),
    29: (style.latin_lists, "Latin words separated by «،»"),
    32: (style.mixed_digits, "Latin digits «500» beside Persian digits"),
    35: (
        style.missing_glosses,
        "first use of «ثبت تراکنش» on this page without the English — write «ثبت تراکنش (commit)»",
    ),
    38: (style.wrong_terms, "«ردشده…» is not this edition's word for 'skip'"),
    44: (style.wrong_senses, "*register* a callback written «ثبت»"),
    47: (style.wrong_senses, "*rollback* or *undo* written as *return*"),
}


def test_each_planted_sense_and_mechanics_fault_is_reported_at_its_line(tmp_path):
    path = reported_at_their_lines(tmp_path, PLANTED_SENSES, EXPECTED_SENSES)
    page = tmp_path / "page.md"
    page.write_text("# The signal API: rules\n\nText.\n", encoding="utf-8")
    titles = style.latin_titles(path, page=page)
    assert len(titles) == 1 and titles[0].startswith(f"{path}:41: ") and "heading starts with Latin" in titles[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "استثنا در لاگر `django.dispatch` نوشته می‌شود و تراکنش ثبت می‌شود.",
        "`connect()` استثنای `ValueError` را برمی‌انگیزد، نه سیگنالی را.",
        "`send()` فهرستی خالی برمی‌گرداند؛ استثنا افزودن را خنثی می‌کند.",
        "ماژول هنگام وارد شدن وصل می‌شود و کاربر به حساب خود وارد شد.",
        "یک سرور WSGI (gunicorn و uWSGI و `runserver`) و `a`، `b`.",
        "جنگو 5.2 و پایتون 3 با ۵۱۲ تابع، و پاسخ ۵۰۰.",
        "آزمون‌های این سیگنال‌ها در آن کنار گذاشته می‌شوند.",
        "قاعده‌های API سیگنال",
    ],
)
def test_correct_persian_passes_the_sense_and_mechanics_guards(tmp_path, sentence):
    path = tmp_path / "correct.po"
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    catalog.append(polib.POEntry(msgid="x", msgstr=sentence))
    catalog.save(str(path))
    assert style.check([path]) == []


# --- every Persian string the site ships is under a guard (issue 26) ------------------------
def test_every_persian_source_is_listed():
    """A new file with Persian letters must join PERSIAN_SOURCES (with its guard) or PERSIAN_NOT_SHIPPED."""
    unlisted = style.unlisted_persian_files()
    assert not unlisted, report(
        "Persian source not under a guard — add it to PERSIAN_SOURCES (or PERSIAN_NOT_SHIPPED, with why)"
        " in tests/translations/persian_style.py",
        unlisted,
    )


def test_every_catalog_of_the_list_is_checked():
    assert set(style.sources("catalog")) <= set(CATALOGS)
    assert all(p.exists() for p in style.sources()) and len(style.sources("diagram")) >= 2


@pytest.mark.parametrize("source", SHIPPED_STRINGS, ids=lambda p: relative(p).as_posix())
def test_shipped_persian_strings_follow_the_decisions(source):
    assert style.shipped_strings(source), f"{relative(source)} has no Persian string: take it off PERSIAN_SOURCES"
    problems = style.shipped_string_problems(source, relative(source))
    assert not problems, report("Persian strings outside the catalogs (locale/README.md)", problems)


def test_a_new_persian_file_that_is_not_listed_is_caught(tmp_path):
    (tmp_path / "docs" / "_static" / "diagrams").mkdir(parents=True)
    (tmp_path / "docs" / "_static" / "diagrams" / "new.fa.svg").write_text("<svg/>", encoding="utf-8")
    (tmp_path / "docs" / "_ext" / "signals_docs").mkdir(parents=True)
    (tmp_path / "docs" / "_ext" / "signals_docs" / "labels.js").write_text('const ok = "کپی شد";', encoding="utf-8")
    (tmp_path / "docs" / "_ext" / "signals_docs" / "plain.js").write_text('const ok = "copied";', encoding="utf-8")
    (tmp_path / "locale" / "fa" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "locale" / "fa" / "LC_MESSAGES" / "new.po").write_text("", encoding="utf-8")
    # a new diagram or catalog is guarded by its glob at once; a new kind of file must be listed
    assert style.unlisted_persian_files(tmp_path) == ["docs/_ext/signals_docs/labels.js"]
    assert [p.name for p in style.sources("diagram", tmp_path)] == ["new.fa.svg"]
    assert [p.name for p in style.sources("catalog", tmp_path)] == ["new.po"]


def test_faults_in_shipped_strings_are_caught(tmp_path):
    svg = tmp_path / "planted.fa.svg"
    svg.write_text(
        '<svg>\n<title>چرخهٔ \u2066save()\u2069</title>\n<text direction="rtl">در حالت autocommit، توابع اجرا</text>\n</svg>\n',
        encoding="utf-8",
    )
    problems = style.shipped_string_problems(svg)
    assert any(p.startswith(f"{svg}:3: ") and "«توابع» — write «تابع‌ها»" in p for p in problems), problems
    assert any(p.startswith(f"{svg}:3: ") and "'autocommit' not isolated" in p for p in problems), problems
    page = tmp_path / "index.html"
    page.write_text(
        '<html lang="en"><head><title>Signals · سیگنال‌ها</title><script>const x = "ردشده";</script>'
        '<meta name="description" content="A guide (آن را در پوستهٔ پایتون بیازمایید)."></head>\n'
        '<body><span lang="fa">آزمون‌های ردشده</span></body></html>\n',
        encoding="utf-8",
    )
    problems = style.shipped_string_problems(page)
    assert any(p.startswith(f"{page}:1: ") and "for 'shell'" in p for p in problems), problems
    assert any(p.startswith(f"{page}:2: ") and "for 'skip'" in p for p in problems), problems
    assert len(problems) == 3 and not any("<script" in p for p in problems), problems  # a script is not shown
    module = tmp_path / "site.py"
    module.write_text('"""«ردشده» in a docstring is not shown."""\nTITLE = "سیگنال‌های جنگو، رد‌شده"\n', encoding="utf-8")
    problems = style.shipped_string_problems(module)
    assert len(problems) == 1 and problems[0].startswith(f"{module}:2: ") and "non-joining" in problems[0], problems
