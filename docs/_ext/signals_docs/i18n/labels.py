"""One message catalog for the labels that the project's extensions print.

Why: a label such as "verified" is written by Python, not by a page, so the
page catalogs in locale/ never see it. Each extension takes ``_`` from here;
the Persian strings live in ``i18n/locales/fa/LC_MESSAGES/signals_docs.po``,
compiled to ``.mo`` on each build when the ``.po`` is newer (``.mo`` files are
build output, never committed). A label may stand on any page, so an edited
catalog makes every page of its language be read again: an incremental build
would otherwise keep the old label (not a dependency of each page, which would
also move every page's "last updated" date).
"""

import hashlib
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.locale import get_translation

from signals_docs import site

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


def catalog_digest(language: str) -> str:
    """A digest of the build language's labels catalog ("" where it has none)."""
    po = LOCALES / language / "LC_MESSAGES" / f"{CATALOG}.po"
    return hashlib.sha256(po.read_bytes()).hexdigest() if po.is_file() else ""


def _read_again_when_edited(app: Sphinx, env: BuildEnvironment, added, changed, removed) -> list[str]:
    digest = catalog_digest(site.build_code(app.config))
    if getattr(env, "signals_docs_labels", None) == digest:
        env.signals_docs_labels = digest
        return []
    env.signals_docs_labels = digest
    return sorted(env.found_docs - added - changed - removed)


def setup(app: Sphinx) -> dict:
    compile_catalogs()
    app.add_message_catalog(CATALOG, str(LOCALES))
    app.connect("env-get-outdated", _read_again_when_edited)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
