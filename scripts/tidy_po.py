"""Normalise the headers of the Persian catalogs after ``sphinx-intl update``.

Why: sphinx-intl rewrites POT-Creation-Date on every run and leaves template
headers (``Language-Team: LANGUAGE``); both turn each ``make po`` into diff noise
that hides the real changes a translator must review.
"""

import sys
import time
from pathlib import Path

import polib

HEADERS = {
    "Language": "fa",
    "Last-Translator": "Django Signals Training translators",
    "Language-Team": "Persian <https://github.com/django-signals-training>",
    "Plural-Forms": "nplurals=2; plural=(n > 1);",
    "Content-Type": "text/plain; charset=UTF-8",
}


def tidy(path: Path) -> None:
    catalog = polib.pofile(str(path), wrapwidth=0)
    catalog.metadata.pop("POT-Creation-Date", None)
    catalog.metadata.update(HEADERS)
    if catalog.metadata.get("PO-Revision-Date", "YEAR").startswith("YEAR"):
        catalog.metadata["PO-Revision-Date"] = time.strftime("%Y-%m-%d %H:%M+0000", time.gmtime())
    catalog.metadata_is_fuzzy = False  # the header is ours, not a guess
    catalog.header = "Persian translation of the Django signals guide.\nSee locale/README.md for the conventions."
    catalog.save(str(path))


if __name__ == "__main__":
    for folder in sys.argv[1:]:
        for po in sorted(Path(folder).rglob("*.po")):
            tidy(po)
