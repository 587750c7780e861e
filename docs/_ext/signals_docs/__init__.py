"""The site's own Sphinx extensions, grouped by concern.

Each sub-package holds one concern and its assets (``<group>/static/``); each module
in it does one job and is listed by dotted name in conf.py, and a module whose pages
need its group's files calls ``app.setup_extension("signals_docs.<group>")``.
The modules at this level are helpers, not extensions: ``site`` holds the facts
every part reads; ``css``, ``built_pages``, ``font_subset`` and ``reproducible_zip``
serve several extensions and scripts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the Makefile runs ``python3 -m signals_docs.site`` without Sphinx installed
    from sphinx.application import Sphinx
    from sphinx.config import Config


def add_static_folder(app: Sphinx, package_file: str) -> dict:
    """Serve ``<group>/static/`` under ``_static/``: the ``setup`` of each group package.

    A module whose pages need its group's CSS, scripts or fonts calls
    ``app.setup_extension("signals_docs.<group>")``, so the group's folder is
    added to ``html_static_path`` once, whichever modules conf.py lists.
    """
    folder = str(Path(package_file).resolve().with_name("static"))

    def register(app: Sphinx, config: Config) -> None:
        if folder not in config.html_static_path:
            config.html_static_path.append(folder)

    app.connect("config-inited", register)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
