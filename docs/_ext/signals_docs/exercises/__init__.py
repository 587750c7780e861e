"""Exercises: the ``exercise`` directive that ends a topic page, and the proof that each exercise works.

``proof`` (no Sphinx: the test matrix imports it) reads ``exercises/*/*/exercise.toml``,
runs every exercise's tests once per answer and says which exercise is broken and why;
``directive`` renders an exercise on its page; ``static/`` holds the page's Check UI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the test matrix imports signals_docs.exercises.proof without Sphinx
    from sphinx.application import Sphinx


def setup(app: Sphinx) -> dict:
    """Serve this group's ``static/`` folder under ``_static/``."""
    from signals_docs import add_static_folder

    return add_static_folder(app, __file__)
