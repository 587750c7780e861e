"""Every snippet a page shows fails its own tests when a reader breaks it, natively.

``scripts/breaking_edits.py`` applies each breaking edit of
``signals_docs.examples.breaking_edits`` (the function raises at its first line, its body
becomes ``return None``, its ``@receiver`` is dropped) to each example file the pages
include and runs that file's mirror test in a fresh copy of the project, where the edited
file is the one Django imports at start-up too. The browser runtime's gate (issue 21)
reuses the same edits.
"""

import json
import subprocess
import sys

import pytest

from signals_docs.site import ROOT


@pytest.mark.slow
def test_every_shown_snippet_fails_its_tests_when_broken(tmp_path):
    report_path = tmp_path / "breaking-edits.json"
    script = ROOT / "scripts" / "breaking_edits.py"
    result = subprocess.run(
        [sys.executable, str(script), "--json", str(report_path)], capture_output=True, text=True, timeout=1800
    )
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report, result.stdout + result.stderr
    published = [f"{snippet}: {e['error']}" for snippet, entries in report.items() for e in entries if "error" in e]
    assert not published, "a run that says nothing of the edit (or a published snippet failing):\n" + "\n".join(
        published
    )
    silent = [
        snippet
        for snippet, entries in report.items()
        if not any(e["detected"] for e in entries if e["kind"] != "published")
    ]
    assert not silent, f"the tests of these snippets detect none of their breaking edits: {silent}\n{result.stdout}"
    assert result.returncode == 0, result.stdout + result.stderr
