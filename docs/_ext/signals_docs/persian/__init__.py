"""Reading in Persian: right-to-left layout, a self-hosted Persian font (Persian search: ``signals_docs.search.persian``)."""

from sphinx.application import Sphinx

from signals_docs import add_static_folder


def setup(app: Sphinx) -> dict:
    """Serve this group's ``static/`` folder under ``_static/``."""
    return add_static_folder(app, __file__)
