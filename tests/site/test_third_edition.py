"""A language is one line: a third edition, built from one added line in site.py.

In a copy of the project, one line is added to ``site.LANGUAGES`` — a right-to-left
pseudo-language ("ar", every message prefixed with an Arabic letter) — and nothing
else is edited by hand. The catalogs are made the way a translator makes them
(the gettext builder, then ``scripts/update_po.py`` as ``make po`` runs it) and
pseudo-translated here; the extensions' labels likewise. Then the edition is built
with the site's own settings (``-W -n``) beside a fresh English one, the root is
written by ``scripts/site_root.py``, and the test reads what a reader and a crawler
would meet: the switcher and hreflang alternates on every edition, the sitemaps, the
root language page, the search page and its index, the direction and the PDF's
contents page. A fact kept outside ``site.LANGUAGES`` shows up here as a missing or
wrong piece of the third edition.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from snapshot import snapshot

pytestmark = [pytest.mark.build, pytest.mark.slow]

CODE = "ar"
MARK = "ع"  # an Arabic letter before every message: right-to-left text, and proof it was translated
LINE = (
    f'    "{CODE}": Language("{CODE}", "{MARK} Pseudo", "rtl", "{MARK} Django Signals", "{MARK} Signals", '
    f'"{MARK} 2026", english_name="Pseudo-Arabic", tagline="{MARK} A pseudo edition.", locale="ar-EG"),\n'
)
ANCHOR = "}  # fmt: skip\nSOURCE_LANGUAGE"
SPHINXOPTS = ("-W", "--keep-going", "-n", "-q")


def pseudo(catalog: Path) -> None:
    """Fill every message of ``catalog`` with its English text behind MARK."""
    po = polib.pofile(str(catalog), wrapwidth=0)
    for entry in po:
        if entry.msgid and not entry.obsolete:
            entry.msgstr = f"{MARK} {entry.msgid}"
            entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
    po.metadata["Language"] = CODE
    po.save(str(catalog))


def run(tree: Path, *command: str) -> str:
    env = {key: value for key, value in os.environ.items() if key != "CI"}  # no runtime needed: no Run buttons
    env |= {"VERIFY_EXAMPLES": "0", "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", "1764201600")}
    result = subprocess.run(command, cwd=tree, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout[-1500:]}\n{result.stderr[-3000:]}"
    return result.stdout


@pytest.fixture(scope="module")
def edition(tmp_path_factory, html_root) -> Path:
    """The copy's built site, with the third edition in ``html/ar``."""
    tree = snapshot(tmp_path_factory.mktemp("third") / "site")
    site_py = tree / "docs" / "_ext" / "signals_docs" / "site.py"
    before = site_py.read_text(encoding="utf-8")
    assert before.count(ANCHOR) == 1, "site.LANGUAGES no longer ends as this test expects"
    site_py.write_text(before.replace(ANCHOR, LINE + ANCHOR), encoding="utf-8")

    python = sys.executable
    sphinx = str(Path(python).with_name("sphinx-build"))
    out = tree / "_build"
    # The translator's way: templates, then make po's update of every translation's catalogs.
    run(
        tree,
        sphinx,
        "-c",
        ".",
        "-b",
        "gettext",
        "-d",
        str(out / "doctrees" / "gettext"),
        "-q",
        "docs",
        str(out / "gettext"),
    )
    run(tree, python, "scripts/update_po.py", str(out / "gettext"), "locale")
    catalogs = sorted((tree / "locale" / CODE / "LC_MESSAGES").rglob("*.po"))
    assert catalogs, "make po made no catalogs for the new language"
    for catalog in catalogs:
        pseudo(catalog)
    labels = tree / "docs" / "_ext" / "signals_docs" / "i18n" / "locales"
    (labels / CODE / "LC_MESSAGES").mkdir(parents=True)
    shutil.copy(labels / "fa" / "LC_MESSAGES" / "signals_docs.po", labels / CODE / "LC_MESSAGES" / "signals_docs.po")
    pseudo(labels / CODE / "LC_MESSAGES" / "signals_docs.po")

    for lang in ("en", CODE):
        run(
            tree, sphinx, "-c", ".", "-j", "auto", "-b", "html", "-D", f"language={lang}",
            "-d", str(out / "doctrees" / lang), *SPHINXOPTS, "docs", str(out / "html" / lang),
        )  # fmt: skip
    shutil.copytree(html_root / "fa", out / "html" / "fa")  # unchanged by the new line: the work tree's build
    run(tree, python, "scripts/site_root.py", str(out / "html"))
    return out / "html"


def test_the_makefile_and_the_tools_see_the_new_language(edition):
    tree = edition.parents[1]
    facts = subprocess.run(
        [sys.executable, "-m", "signals_docs.site", "languages"],
        cwd=tree, env={**os.environ, "PYTHONPATH": str(tree / "docs" / "_ext")}, capture_output=True, text=True,
    ).stdout.split()  # fmt: skip
    assert facts == ["en", "fa", CODE]


def test_the_new_edition_is_right_to_left_and_translated(edition):
    page = (edition / CODE / "why-signals.html").read_text(encoding="utf-8")
    assert re.search(rf'<html dir="rtl"[^>]*\blang="{CODE}"', page), page[:300]
    bundle = re.search(r'href="(_static/site-[^"?]+\.css)', page)[1]
    css = (edition / CODE / bundle).read_text(encoding="utf-8")
    assert re.search(r"inset-inline: ?-300px auto", css), "rtl.css's layout is not in the page's stylesheet"
    assert re.search(rf"<h1[^>]*>{MARK} ", page) and f"<title>{MARK} " in page, (
        "the title is not the pseudo-translation"
    )
    assert f"{MARK} verified" in page or f"{MARK} Copy" in page, "the extensions' labels are not translated"


@pytest.mark.parametrize("lang", ["en", CODE])
def test_every_edition_links_to_the_new_one_and_back(edition, lang):
    page = (edition / lang / "why-signals.html").read_text(encoding="utf-8")
    for other in ("en", "fa", CODE):
        assert f'<link rel="alternate" hreflang="{other}"' in page, f"{lang}: no hreflang alternate for {other}"
        if other != lang:
            assert re.search(
                rf'<a [^>]*href="\.\./{other}/why-signals\.html"[^>]*hreflang="{other}"', page
            ) or re.search(rf'<a [^>]*hreflang="{other}"[^>]*href="\.\./{other}/why-signals\.html"', page), (
                f"{lang}: the switcher has no link to {other}"
            )
    named = "Pseudo-Arabic" if lang == "en" else f"{MARK} English"
    assert re.search(rf'title="(?:{MARK} )?Read this page in {named}"', page), f"{lang}: the switcher's title"


def test_the_root_chooser_and_the_sitemaps_list_the_new_edition(edition):
    root = (edition / "index.html").read_text(encoding="utf-8")
    assert f'href="{CODE}/index.html" hreflang="{CODE}" lang="{CODE}" dir="rtl"' in root
    assert f'"{CODE}"' in root.split("<script>")[1].split("</script>")[0], "the chooser's script does not know it"
    assert f"{CODE}/sitemap.xml" in (edition / "sitemap.xml").read_text(encoding="utf-8")
    assert f'hreflang="{CODE}"' in (edition / "en" / "sitemap.xml").read_text(encoding="utf-8")
    assert (edition / CODE / "sitemap.xml").is_file()


def test_the_new_edition_has_a_search_page_and_index(edition):
    assert (edition / CODE / "search.html").is_file()
    assert MARK in (edition / CODE / "searchindex.js").read_text(encoding="utf-8")


def test_the_pdf_contents_page_follows_the_record(edition):
    tree = edition.parents[1]
    script = "import sys; sys.path.insert(0, 'scripts'); import make_pdf; print(make_pdf.contents_page('ar', [('x', 2)], None))"
    printed = subprocess.run(
        [sys.executable, "-c", script], cwd=tree, capture_output=True, text=True, check=True
    ).stdout
    assert f'lang="{CODE}" dir="rtl"' in printed and "<h2>Contents</h2>" in printed
