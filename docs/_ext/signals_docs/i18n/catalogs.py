"""Find a page's message catalog (``locale/<lang>/LC_MESSAGES/<domain>.po``): a helper, not an extension.

Why: two extensions read the project's catalogs at build time — the glossary
(the partner language's word for each term) and the search page's labels —
and both must look in ``locale_dirs`` exactly as Sphinx does.
"""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx


def find_po(app: Sphinx, language: str, domain: str) -> Path | None:
    """The first ``<locale_dir>/<language>/LC_MESSAGES/<domain>.po`` (``locale_dirs`` are relative to the sources)."""
    for locale_dir in app.config.locale_dirs:
        path = Path(app.srcdir, locale_dir, language, "LC_MESSAGES", f"{domain}.po")
        if path.is_file():
            return path
    return None
