"""Update the translations' catalogs from freshly extracted templates: ``make po``.

Why not plain ``sphinx-intl update``: it always updates every catalog and
rewrites headers (POT-Creation-Date, template placeholders), which turns each
run into diff noise and lets two translators working on different pages
overwrite each other. This wrapper updates only the pages asked for
(``make po PAGES="receivers connecting"``), normalises the headers with polib,
and lists the entries that now need a translator.

Usage: update_po.py POT_DIR LOCALE_DIR [--language CODE ...] [PAGE ...]
(every translated language of site.LANGUAGES unless --language names some)
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polib

import _paths  # noqa: F401  (the project's import paths)
from signals_docs import site

TEAM = "https://github.com/django-signals-training"
TRANSLATIONS = [code for code in site.LANGUAGES if code != site.SOURCE_LANGUAGE]


def headers(language: str) -> dict[str, str]:
    record = site.LANGUAGES[language]
    return {
        "Language-Team": f"{record.english_name} <{TEAM}>",
        "Last-Translator": "Django Signals Training translators",
        "Plural-Forms": record.plural_forms,
        "Content-Type": "text/plain; charset=UTF-8",
    }


def tidy(path: Path, language: str) -> list[str]:
    """Normalise ``path``'s header; return the entries that need a translator."""
    catalog = polib.pofile(str(path), wrapwidth=0)
    catalog.metadata.pop("POT-Creation-Date", None)
    catalog.metadata.update(headers(language), Language=language)
    if catalog.metadata.get("PO-Revision-Date", "YEAR").startswith("YEAR"):
        catalog.metadata["PO-Revision-Date"] = time.strftime("%Y-%m-%d %H:%M+0000", time.gmtime())
    catalog.metadata_is_fuzzy = False  # the header is ours, not a guess
    catalog.header = "Persian translation of the Django signals guide.\nSee locale/README.md for the conventions."
    catalog.save(str(path))
    return [
        f"{path}:{entry.linenum}: {'fuzzy' if entry.fuzzy else 'untranslated'}: {entry.msgid[:60]!r}"
        for entry in catalog
        if not entry.obsolete and (entry.fuzzy or not entry.msgstr)
    ]


def main(pot_dir: Path, locale_dir: Path, languages: list[str], pages: list[str]) -> int:
    return max(update(pot_dir, locale_dir, language, pages) for language in languages)


def update(pot_dir: Path, locale_dir: Path, language: str, pages: list[str]) -> int:
    pots = sorted(pot_dir.rglob("*.pot"))
    if pages:
        wanted = {page.removesuffix(".md") for page in pages}
        pots = [p for p in pots if p.relative_to(pot_dir).with_suffix("").as_posix() in wanted]
        unknown = wanted - {p.relative_to(pot_dir).with_suffix("").as_posix() for p in pots}
        if unknown:
            print(f"update_po: no such page(s): {', '.join(sorted(unknown))}", file=sys.stderr)
            return 2
    with tempfile.TemporaryDirectory() as selected:
        for pot in pots:
            target = Path(selected, pot.relative_to(pot_dir))
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(pot, target)
        subprocess.run(
            [sys.executable, "-m", "sphinx_intl", "update", "-p", selected, "-d", str(locale_dir), "-l", language,
             "-w", "0"],
            check=True,
        )  # fmt: skip
    todo = []
    for pot in pots:
        todo += tidy(locale_dir / language / "LC_MESSAGES" / pot.relative_to(pot_dir).with_suffix(".po"), language)
    if todo:
        print(f"{len(todo)} entries need a translator:", *todo, sep="\n  ")
    return 0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pot_dir", type=Path, help="the gettext builder's output (BUILDDIR/gettext)")
    parser.add_argument("locale_dir", type=Path, help="the catalogs' root (locale)")
    parser.add_argument(
        "-l", "--language", action="append", choices=TRANSLATIONS,
        help="only this translation's catalogs (repeatable; default: every translation)",
    )  # fmt: skip
    parser.add_argument("pages", nargs="*", help="only these pages (docnames, e.g. receivers reference/model)")
    args = parser.parse_intermixed_args(argv)
    if not args.pot_dir.is_dir():
        parser.error(f"{args.pot_dir} is not a folder of .pot files: run the gettext builder first (make po does)")
    return args


if __name__ == "__main__":
    args = parse_args()
    sys.exit(main(args.pot_dir, args.locale_dir, args.language or TRANSLATIONS, args.pages))
