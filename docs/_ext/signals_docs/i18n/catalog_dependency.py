"""A translated page depends on its message catalog.

Why: Sphinx rebuilds a page when its source or an included file changes, not
when only its translation does, and sphinx-last-updated-by-git dates a page by
the same list of dependencies. Recording ``locale/<lang>/LC_MESSAGES/<page>.po``
as a dependency of each translated page makes an edited translation rebuild
its page, and makes the page's "last updated" date count the translator's work.
"""

from pathlib import Path

from sphinx.application import Sphinx

from signals_docs import site
from signals_docs.site import SOURCE_LANGUAGE


def note_catalog(app: Sphinx, docname: str, source: list[str]) -> None:
    language = site.build_code(app.config)
    if language == SOURCE_LANGUAGE:
        return
    for folder in app.config.locale_dirs:
        catalog = Path(app.srcdir, folder, language, "LC_MESSAGES", f"{docname}.po").resolve()
        if catalog.is_file():
            app.env.note_dependency(str(catalog))


def setup(app: Sphinx) -> dict:
    app.connect("source-read", note_catalog)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
