"""Pages that print complete: no navigation, whole tables, wrapped code, visible link targets.

Why: sphinx-rtd-theme prints the screen layout — the sidebar's space, tables cut
at their scroll box, code lines cut at the page edge, "see the docs" links that
say nothing on paper. ``print.css`` (loaded with ``media="print"``, so screens
never download-block on it) lays out both languages for paper; ``make pdf``
(scripts/make_pdf.py) prints the built pages with it.
"""

from sphinx.application import Sphinx


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.chrome")
    app.add_css_file("print.css", media="print", priority=960)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
