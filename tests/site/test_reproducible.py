"""Reproducible builds: two clean builds of each language are byte for byte identical.

The Makefile exports SOURCE_DATE_EPOCH (the last commit's time), which Sphinx
uses for every date it prints; signals_docs.font_subset writes its font subsets
without timestamps; scripts/site_root.py sorts the sitemaps. This test builds each
language twice from scratch, into different folders, and compares the trees.
Example tests are not re-run (VERIFY_EXAMPLES=0): ``make html`` already did.
"""

import filecmp
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sitepaths import LANGUAGES
from snapshot import snapshot

pytestmark = [pytest.mark.build, pytest.mark.slow]

SPHINX_BUILD = Path(sys.executable).with_name("sphinx-build")


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> Path:
    """Both builds read one snapshot, so edits made to the work tree while the
    test runs cannot pass for irreproducibility."""
    return snapshot(tmp_path_factory.mktemp("sources") / "site")


def build(sources: Path, lang: str, out: Path) -> Path:
    env = {**os.environ, "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", "1764201600"), "VERIFY_EXAMPLES": "0"}
    html = out / "html" / lang
    command = [
        str(SPHINX_BUILD), "-c", ".", "-j", "auto", "-b", "html", "-D", f"language={lang}",
        "-d", str(out / "doctrees" / lang), "-q", "docs", str(html),
    ]  # fmt: skip
    result = subprocess.run(command, cwd=sources, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"sphinx-build ({lang}) failed:\n{result.stderr[-2000:]}"
    return html


def differences(left: Path, right: Path) -> list[str]:
    found = []

    def walk(compared: filecmp.dircmp, prefix: str) -> None:
        found.extend(f"only in one build: {prefix}{name}" for name in compared.left_only + compared.right_only)
        _, mismatch, errors = filecmp.cmpfiles(compared.left, compared.right, compared.common_files, shallow=False)
        found.extend(f"differs: {prefix}{name}" for name in mismatch + errors)
        for name, sub in sorted(compared.subdirs.items()):
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=[".buildinfo.bak"]), "")
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_two_clean_builds_are_identical(sources, tmp_path, lang):
    first = build(sources, lang, tmp_path / "first")
    second = build(sources, lang, tmp_path / "second")
    found = differences(first, second)
    assert not found, f"{lang}: the build is not reproducible:\n" + "\n".join(found[:30])
