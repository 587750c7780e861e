"""The project's import paths for the scripts: the list the tests import with.

Why: a script runs as ``python scripts/<name>.py``, so Python puts only ``scripts/``
on ``sys.path``; what it shares with the tests (``signals_docs`` in ``docs/_ext``,
the helpers in ``tools/``) is found through ``pythonpath`` of pyproject.toml's
``[tool.pytest.ini_options]``, the one list of the project's import paths.
A script's first project import, ``from _paths import ROOT``, puts that list on
``sys.path`` (once), so no script edits ``sys.path`` itself.
"""

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
with (ROOT / "pyproject.toml").open("rb") as pyproject:
    PYTHONPATH = tuple(tomllib.load(pyproject)["tool"]["pytest"]["ini_options"]["pythonpath"])

for folder in reversed(PYTHONPATH):
    if (path := str((ROOT / folder).resolve())) not in sys.path:
        sys.path.insert(1, path)  # after the script's own folder, as pytest puts them before the tests'
