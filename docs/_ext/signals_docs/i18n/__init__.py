"""Translation and the language switch: the same page, in every language, linked to its twins."""

from sphinx.application import Sphinx

from signals_docs import add_static_folder


def setup(app: Sphinx) -> dict:
    """Serve this group's ``static/`` folder under ``_static/``."""
    return add_static_folder(app, __file__)
