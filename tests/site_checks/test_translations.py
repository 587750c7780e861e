"""Guards of the Persian catalogs: complete, current, well-formed, clean script.

Sphinx shows English for every missing, empty or fuzzy entry and says nothing;
these tests are what stands between a stale catalog and a reader.
"""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from sitepaths import LOCALE, ROOT, source_pages

CATALOGS = sorted(LOCALE.rglob("*.po"))


def entries():
    for path in CATALOGS:
        for entry in polib.pofile(str(path)):
            yield path.relative_to(ROOT), entry


def where(path, entry):
    return f"{path}:{entry.linenum}: {entry.msgid[:70]!r}"


def test_every_page_has_a_catalog():
    missing = [p for p in source_pages() if not (LOCALE / f"{p}.po").is_file()]
    assert not missing, f"pages without a Persian catalog (run 'make po'): {missing}"


def test_every_message_is_translated_and_not_fuzzy():
    problems = [
        ("fuzzy" if "fuzzy" in e.flags else "empty") + " " + where(p, e)
        for p, e in entries()
        if not e.obsolete and ("fuzzy" in e.flags or not e.msgstr.strip())
    ]
    assert not problems, "entries a translator must finish:\n" + "\n".join(problems)


def test_catalogs_are_current_with_the_pages(tmp_path):
    """Every message the pages have now is in the catalogs (did someone skip 'make po'?)."""
    subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", "gettext", "-c", str(ROOT), "-q", "-d", str(tmp_path / "dt"),
         str(ROOT / "docs"), str(tmp_path / "pot")],
        check=True, env={"VERIFY_EXAMPLES": "0", "PATH": ""},
    )  # fmt: skip
    stale = []
    for pot in sorted((tmp_path / "pot").rglob("*.pot")):
        po = LOCALE / pot.relative_to(tmp_path / "pot").with_suffix(".po")
        known = {e.msgid for e in polib.pofile(str(po)) if not e.obsolete} if po.is_file() else set()
        stale += [f"{po.relative_to(ROOT)}: {e.msgid[:70]!r}" for e in polib.pofile(str(pot)) if e.msgid not in known]
    assert not stale, "English text with no translation entry (run 'make po', then translate):\n" + "\n".join(stale)


@pytest.mark.skipif(not shutil.which("msgfmt"), reason="msgfmt (GNU gettext) is not installed")
@pytest.mark.parametrize("catalog", CATALOGS, ids=lambda p: p.name)
def test_msgfmt_check_is_clean(catalog):
    result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(catalog)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stderr, result.stderr


# Markup that must pass through translation unchanged: inline code, the target of a
# role or link, and substitutions. Link *text* may be translated.
CODE = re.compile(r"(?<![`{])(`+)(?!\s)(.+?)(?<!\s)\1(?!`)")
ROLE = re.compile(r"\{([\w:-]+)\}`([^`]*)`")
LINK = re.compile(r"\]\(([^)\s]+)\)")
SUBST = re.compile(r"\{\{[^}]+\}\}")


def markup(text: str) -> list[str]:
    found = []
    for name, body in ROLE.findall(text):
        target = re.search(r"<([^>]+)>\s*$", body)
        found.append(f"{{{name}}}`…<{target.group(1)}>`" if target else f"{{{name}}}`{body}`")
    plain = ROLE.sub("", text)
    found += [m.group(0) for m in CODE.finditer(plain)]
    found += LINK.findall(plain) + SUBST.findall(plain)
    return sorted(found)


def test_translations_keep_code_roles_and_links():
    problems = []
    for path, entry in entries():
        if entry.msgstr and markup(entry.msgid) != markup(entry.msgstr):
            lost = sorted(set(markup(entry.msgid)) - set(markup(entry.msgstr)))
            extra = sorted(set(markup(entry.msgstr)) - set(markup(entry.msgid)))
            problems.append(f"{where(path, entry)}\n    missing {lost} added {extra}")
    assert not problems, "translations that changed markup:\n" + "\n".join(problems)


ARABIC_LETTERS = {"ي": "ی", "ك": "ک"}
MI_WITHOUT_ZWNJ = re.compile(r"(?<![\w\u200c])(ن?می) (?=[\u0600-\u06FF])")


def test_persian_script_hygiene():
    problems = []
    for path, entry in entries():
        text = CODE.sub("", ROLE.sub("", entry.msgstr))
        for arabic, persian in ARABIC_LETTERS.items():
            if arabic in text:
                problems.append(f"{where(path, entry)}: Arabic {arabic!r}, write {persian!r}")
        if MI_WITHOUT_ZWNJ.search(text):
            problems.append(f"{where(path, entry)}: «می» followed by a space; use a zero-width non-joiner (U+200C)")
    assert not problems, "\n".join(problems)


def test_no_english_prose_left_in_persian():
    # Latin words outside code, roles and links: a few technical names are fine
    # (WSGI, API); a run of four or more English words is an untranslated sentence.
    problems = []
    for path, entry in entries():
        text = LINK.sub("", CODE.sub("", ROLE.sub("", entry.msgstr)))
        if re.search(r"(?:\b[A-Za-z]{2,}\b[\s,.;:]+){4,}", text):
            problems.append(where(path, entry))
    assert not problems, "Persian entries with English prose:\n" + "\n".join(problems)


def test_the_markup_check_reports_what_was_lost():
    # The guard itself: a translation that drops a code span is caught.
    assert markup("use `dispatch_uid` and {djangodoc}`docs <ref/signals/>`") == [
        "`dispatch_uid`",
        "{djangodoc}`…<ref/signals/>`",
    ]
    assert markup("از dispatch_uid و {djangodoc}`مستندات <ref/signals/>`") == ["{djangodoc}`…<ref/signals/>`"]
