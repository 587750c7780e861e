"""The search page's vocabulary: how readers ask, in the words the pages use.

Why: readers search with words the edition does not use (Persian loan and spoken
words, «تست» for «آزمون»; "fire" for "send"), with spoken verb forms («میکنه»)
and with question words ("why", «چرا») that no page answers to. These are data,
kept for translators in ``locale/<language>/search-words.toml`` (see the file's
header), not code: this module reads the file of the language being built,
checks its shape, and writes it on the search page only, as an inline
``SEARCH_WORDS`` that ``site_search.js`` reads when it splits a query. The
index is not touched (it stays the size it was); a page word that is not in the
index is reported by tests/browser/test_search_quality.py.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.errors import ConfigError

FILENAME = "search-words.toml"


def words_file(app: Sphinx) -> Path | None:
    """``<locale_dirs[0]>/<language>/search-words.toml`` of this build, if there is one."""
    language = app.config.language or "en"
    for locale_dir in app.config.locale_dirs:
        path = Path(app.srcdir, locale_dir, language, FILENAME)
        if path.is_file():
            return path
    return None


def _strings(value, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: expected a list of words")
    return value


def load(path: Path) -> dict:
    """The vocabulary of one file: ``also``, ``stop``, ``keep`` and ``spoken``, checked."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    unknown = set(data) - {"also", "stop", "keep", "spoken"}
    if unknown:
        raise ConfigError(f"{path}: unknown tables {sorted(unknown)} (known: also, stop, keep, spoken)")
    also = {}
    for page_word, readers in data.get("also", {}).items():
        if len(page_word.split()) != 1:
            raise ConfigError(f"{path}: [also] {page_word!r}: a page word is one word")
        also[page_word] = _strings(readers, f"{path}: [also] {page_word!r}")
    spoken = data.get("spoken", {})
    endings = spoken.get("endings", [])
    if not all(isinstance(pair, list) and len(pair) == 2 for pair in endings):
        raise ConfigError(f"{path}: [spoken] endings: expected [spoken, written] pairs")
    return {
        "also": also,
        "stop": _strings(data.get("stop", {}).get("words", []), f"{path}: [stop] words"),
        "keep": _strings(data.get("keep", {}).get("words", []), f"{path}: [keep] words"),
        "spoken": {
            "prefixes": _strings(spoken.get("prefixes", []), f"{path}: [spoken] prefixes"),
            "endings": endings,
            "words": dict(spoken.get("words", {})),
            "clitics": _strings(spoken.get("clitics", []), f"{path}: [spoken] clitics"),
        },
    }


def script(vocabulary: dict) -> str:
    return "var SEARCH_WORDS = " + json.dumps(vocabulary, ensure_ascii=False, sort_keys=True) + ";"


def _read(app: Sphinx, config) -> None:
    path = words_file(app)
    app.signals_search_words = load(path) if path else None  # checked once, before any page is read


def _add_to_search_page(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    vocabulary = getattr(app, "signals_search_words", None)
    if app.builder.format == "html" and pagename == "search" and vocabulary:
        app.add_js_file(None, body=script(vocabulary), priority=300)  # this page only


def setup(app: Sphinx) -> dict:
    app.connect("config-inited", _read)
    app.connect("html-page-context", _add_to_search_page, priority=400)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
