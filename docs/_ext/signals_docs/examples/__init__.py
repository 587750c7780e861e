"""Examples: every snippet a file under examples/, verified by its tests, runnable by readers."""

from sphinx.application import Sphinx

from signals_docs import add_static_folder


def setup(app: Sphinx) -> dict:
    """Serve this group's ``static/`` folder under ``_static/`` (for a module that ships scripts or styles)."""
    return add_static_folder(app, __file__)
