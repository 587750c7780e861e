"""One message catalog for the labels that the project's extensions print.

Why: a label such as "verified" is written by Python, not by a page, so the
page catalogs in locale/ never see it. Each extension takes ``_`` from here;
the Persian strings live in ``i18n/locales/fa/LC_MESSAGES/signals_docs.po``,
compiled to ``.mo`` on each build when the ``.po`` is newer (``.mo`` files are
build output, never committed).
"""

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from sphinx.application import Sphinx
from sphinx.locale import get_translation

CATALOG = "signals_docs"
LOCALES = Path(__file__).with_name("locales")
_ = get_translation(CATALOG)


def compile_catalogs(folder: Path = LOCALES) -> None:
    for po in sorted(folder.glob("*/LC_MESSAGES/*.po")):
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            with po.open("rb") as source:
                catalog = read_po(source)
            with mo.open("wb") as target:
                write_mo(target, catalog)


def setup(app: Sphinx) -> dict:
    compile_catalogs()
    app.add_message_catalog(CATALOG, str(LOCALES))
    return {"parallel_read_safe": True, "parallel_write_safe": True}
