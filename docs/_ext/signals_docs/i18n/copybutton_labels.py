"""Put sphinx-copybutton's labels in the page's language.

Why: sphinx-copybutton 0.5.2 carries its labels ("Copy", "Copied!", "Copy to
clipboard") in copybutton.js for seven languages and shows English in every
other, with no setting to add one: Persian readers heard "Copy to clipboard"
and saw "Copied!". This extension takes the labels from the project catalog
(``i18n/labels``, ``i18n/locales``) and hands them to ``i18n/static/copybutton-labels.js``
as a data attribute; the script relabels each button (aria-label, tooltip, the
icon's title) when copybutton adds or changes it. English pages load nothing.
"""

import json

from sphinx.application import Sphinx

from signals_docs import site
from signals_docs.i18n.labels import _

# copybutton.js's English labels, which the script replaces (keys are copybutton's).
ENGLISH = {
    "copy": "Copy",
    "copy_to_clipboard": "Copy to clipboard",
    "copy_success": "Copied!",
    "copy_failure": "Failed to copy",
}


def labels() -> dict[str, dict[str, str]]:
    """``{english: translated}`` for every label the catalog translates."""
    translated = {
        "copy": _("Copy"),
        "copy_to_clipboard": _("Copy to clipboard"),
        "copy_success": _("Copied!"),
        "copy_failure": _("Failed to copy"),
    }
    return {ENGLISH[key]: str(text) for key, text in translated.items() if str(text) != ENGLISH[key]}


def _add_script(app: Sphinx) -> None:
    if (app.config.language or site.SOURCE_LANGUAGE).split("_")[0] == site.SOURCE_LANGUAGE:
        return
    translations = labels()
    if translations:
        app.add_js_file("copybutton-labels.js", **{"data-labels": json.dumps(translations, ensure_ascii=False)})


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.i18n.labels")
    app.setup_extension("signals_docs.i18n")  # copybutton-labels.js
    app.connect("builder-inited", _add_script)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
