"""Give the search page's JavaScript the project's interface translations.

Why: Sphinx translates the strings of its templates through ``sphinx.mo``,
which it compiles from the project's ``locale/<lang>/LC_MESSAGES/sphinx.po``
and prefers to its own catalog. The strings of its search script
(``searchtools.js``: "Searching", "Search finished, found N pages…") come from
a separate ``translations.js`` that Sphinx copies from its own package and
never builds from a project catalog; in Persian several of them are empty, so
the search page reported its results in English. After each HTML build this
rewrites ``_static/translations.js`` with the project catalog's entries laid
over Sphinx's own, keeping only the messages some script of the site names: Sphinx
writes its whole JavaScript catalog (99 messages, 6 KB of Persian on every page),
and the scripts ask for about five (issue 27).
"""

import json
from pathlib import Path

import polib
from sphinx.application import Sphinx
from sphinx.util import logging

from signals_docs import site
from signals_docs.i18n.catalogs import find_po

logger = logging.getLogger(__name__)
CATALOG = "sphinx"


def read_translations_js(text: str) -> dict:
    """The object that ``Documentation.addTranslations(...)`` receives."""
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end < start:
        raise ValueError("no Documentation.addTranslations({...}) object")
    return json.loads(text[start : end + 1])


def merge(translations: dict, catalog: polib.POFile) -> dict:
    """Lay the finished entries of ``catalog`` over ``translations`` (Sphinx's JS format)."""
    messages = translations.setdefault("messages", {})
    for entry in catalog.translated_entries():
        if entry.msgid_plural:
            messages[entry.msgid] = [entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural)]
        else:
            messages[entry.msgid] = entry.msgstr
    return translations


def used(translations: dict, scripts: str) -> dict:
    """``translations`` with only the messages whose msgid appears in ``scripts`` (their text)."""
    messages = translations.get("messages", {})
    return {**translations, "messages": {msgid: text for msgid, text in messages.items() if msgid in scripts}}


def site_scripts(static: Path) -> str:
    """The text of every script under ``static`` but translations.js, which asks for nothing."""
    return "\n".join(
        path.read_text(encoding="utf-8", errors="replace")
        for path in sorted(static.rglob("*.js"))
        if path.name != "translations.js"
    )


def write_translations_js(app: Sphinx, exception: Exception | None) -> None:
    if exception or app.builder.format != "html" or site.build_code(app.config) == site.SOURCE_LANGUAGE:
        return
    po = find_po(app, app.config.language, CATALOG)
    target = Path(app.outdir, "_static", "translations.js")
    if po is None or not target.is_file():
        return  # nothing to lay over, or Sphinx has no translations.js for this language
    try:
        translations = read_translations_js(target.read_text(encoding="utf-8"))
    except ValueError as error:
        logger.warning("cannot read %s (%s); search page strings stay untranslated", target, error,
                       type="search_page_labels")  # fmt: skip
        return
    merged = used(merge(translations, polib.pofile(str(po))), site_scripts(target.parent))
    target.write_text(
        "Documentation.addTranslations(" + json.dumps(merged, ensure_ascii=False, indent=2, sort_keys=True) + ");\n",
        encoding="utf-8",
    )


def setup(app: Sphinx) -> dict:
    app.connect("build-finished", write_translations_js)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
