"""A copy of the project's sources, for builds that must not see the work tree change.

Why: the reproducibility test builds twice, the verified-examples tests break a
snippet and build, and scripts/bench.py times builds; each works on a copy, so
edits made while it runs cannot skew it, and it never touches the work tree.
What is copied is one fact, :data:`SNAPSHOT_FILES` below. It lives with the
tools and tests that use it, not in the Sphinx package: no build reads it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from signals_docs.site import ROOT

#: What a copy of the project needs to build, test, benchmark and publish the site.
SNAPSHOT_FILES = (
    "Makefile", "conf.py", "pyproject.toml", "requirements.txt", "requirements-examples.txt",
    "docs", "locale", "examples", "exercises", "tests", "tools", "scripts", "package.json", "package-lock.json",
    "README.md", "CONTRIBUTING.md", ".readthedocs.yaml", ".github", ".ci", ".gitignore",
)  # fmt: skip

#: Build and test litter that a copy leaves behind.
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "*.mo", ".pytest_cache", "db.sqlite3")


def snapshot(into: Path, *, root: Path = ROOT, links: tuple[str, ...] = ()) -> Path:
    """Copy ``SNAPSHOT_FILES`` of ``root`` into ``into`` (created); symlink the names in ``links``.

    ``links`` is for large folders a copy only reads, such as ``node_modules``.
    Returns ``into``.
    """
    into.mkdir(parents=True, exist_ok=True)
    for name in SNAPSHOT_FILES:
        source = root / name
        if source.is_dir():
            shutil.copytree(source, into / name, ignore=SKIP)
        elif source.is_file():
            shutil.copy2(source, into / name)
        else:
            raise FileNotFoundError(f"{source} is missing; snapshot.SNAPSHOT_FILES lists it")
    for name in links:
        if (root / name).exists():
            (into / name).symlink_to(root / name)
    return into
