"""Pack the built bilingual site into one zip that reads offline: ``make dist``.

Why: some readers learn where the network is slow, filtered or absent. The
built site already works from ``file://`` (relative links only, search through
``searchindex.js`` loaded by a script tag); this script only packs it, the root
language chooser and both languages, into ``dist/django-signals-<release>.zip``
with every entry under ``django-signals-<release>/``. The archive is
reproducible (see ``docs/_ext/signals_docs/reproducible_zip.py``): the same build gives the
same bytes, and the printed SHA-256 identifies a release.

Usage: make_dist.py HTML_DIR DIST_DIR   (the release comes from signals_docs.site)
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import _paths  # noqa: F401  (the project's import paths)
from signals_docs import site
from signals_docs.reproducible_zip import tree_entries, write_zip

LANGUAGES = tuple(site.LANGUAGES)
# Sphinx's record of the config that built the output: not something a reader opens.
LEFT_OUT = {".buildinfo", ".buildinfo.bak"}


def dist_entries(html: Path, folder: str) -> dict[str, Path]:
    """The files of the built site under ``folder/``, minus Sphinx's bookkeeping."""
    missing = [str(html / lang / "index.html") for lang in LANGUAGES if not (html / lang / "index.html").is_file()]
    if missing or not (html / "index.html").is_file():
        raise FileNotFoundError(
            f"{html} is not a complete bilingual build (missing {missing or 'index.html'}): run 'make html'"
        )
    return {name: path for name, path in tree_entries(html, folder + "/").items() if path.name not in LEFT_OUT}


def make_dist(html: Path, dist: Path, release: str = site.RELEASE) -> Path:
    folder = f"django-signals-{release}"
    return write_zip(dist / f"{folder}.zip", dist_entries(html, folder))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html_dir", type=Path, help="the built site (BUILDDIR/html)")
    parser.add_argument("dist_dir", type=Path, help="where the zip goes (DISTDIR)")
    args = parser.parse_args(argv)
    try:
        target = make_dist(args.html_dir, args.dist_dir)
    except (OSError, ValueError) as error:
        print(f"make dist: {error}", file=sys.stderr)
        return 1
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    print(f"Wrote {target} ({target.stat().st_size / 1024:.0f} KiB, sha256 {digest})")
    print(f"Offline reading: unzip it and open {target.stem}/index.html in a browser.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
