"""Run each shown snippet's mirror test natively against each breaking edit of the snippet.

    python scripts/breaking_edits.py [--jobs N] [--json OUT] [SNIPPET ...]

The edits are ``signals_docs.examples.breaking_edits`` (the receiver raises at its first
line, its body is reduced to ``return None``, its ``@receiver`` is dropped); the snippets
are the example files the pages include, or those named (``custom_signals/receivers.py``).
Every edit runs in its own copy of the project (``mutation.copy_project``), in a process
forked from one that has imported pytest and Django but set up nothing: the edited file
is the one Django imports, at start-up too, as in a reader's fresh Run.

Prints, per snippet, the edits its tests detected and those they did not; exits 1 when a
snippet's tests detect none of its edits (``tests/site/test_breaking_edits.py``, a slow gate).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path, PurePosixPath

from _paths import ROOT
from mutation import PLUGINS, copy_project
from signals_docs.examples.breaking_edits import Edit, breaking_edits, shown_snippets
from signals_docs.examples.verified import mirror_test

TIME_LIMIT = 120  # seconds for one edited run (an edit that loops forever is detected by it)


def _child(pristine: Path, work: Path, snippet: str, source: str, test: str) -> None:
    """In the forked child: a private copy with the edited snippet, then its mirror test; never returns."""
    try:
        signal.alarm(TIME_LIMIT)
        shutil.copytree(pristine, work, symlinks=True)
        (work / "examples" / snippet).write_text(source, encoding="utf-8")
        out = os.open(work / "output.txt", os.O_WRONLY | os.O_CREAT)
        os.dup2(out, 1)
        os.dup2(out, 2)
        os.chdir(work)
        sys.dont_write_bytecode = True
        os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
        import pytest

        code = pytest.main(["-x", "-q", f"--rootdir={work}", "-c", str(work / "pyproject.toml"), *PLUGINS, test])
        os._exit(int(code))
    except BaseException:
        import traceback

        traceback.print_exc()
        os._exit(3)


def run(snippets: list[str], jobs: int) -> dict[str, list[dict]]:
    # Imported once before forking, configured in no process but the children.
    import django.db.models
    import django.test  # noqa: F401
    import pytest  # noqa: F401

    report: dict[str, list[dict]] = {snippet: [] for snippet in snippets}
    todo = []
    for snippet in snippets:
        source = (ROOT / "examples" / snippet).read_text(encoding="utf-8")
        test = f"tests/{mirror_test(PurePosixPath(snippet))}"
        # The published file first: its tests must pass in such a copy, or no failure means anything.
        todo += [(snippet, Edit("published", "-", 0, source), test)]
        todo += [(snippet, edit, test) for edit in breaking_edits(source)]
    base = Path(tempfile.mkdtemp(prefix="breaking-edits-"))
    try:
        copy_project(base / "pristine")
        running: dict[int, tuple] = {}
        for number, (snippet, edit, test) in enumerate(todo):
            while len(running) >= jobs:
                _reap(running, report)
            work = base / f"run{number}"
            pid = os.fork()
            if pid == 0:
                _child(base / "pristine", work, snippet, edit.source, test)
            running[pid] = (snippet, edit, test, work, time.monotonic())
        while running:
            _reap(running, report)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return report


def _reap(running: dict[int, tuple], report: dict[str, list[dict]]) -> None:
    pid, status = os.wait()
    snippet, edit, test, work, started = running.pop(pid)
    code = os.waitstatus_to_exitcode(status)
    output = (
        (work / "output.txt").read_text(encoding="utf-8", errors="replace") if (work / "output.txt").exists() else ""
    )
    # 0: the tests passed, the edit went unnoticed. 1 (tests failed), 2 (a test module failed
    # to import), 3 (Django's start-up failed: an edited module imported by ready()) and a
    # signal (the time limit) are failures a reader sees. 4 and 5 (usage, no tests) say
    # nothing of the edit: errors, like a published snippet that fails.
    detected = code not in (0, 4, 5)
    entry = {"edit": edit.label, "kind": edit.kind, "test": test, "exit": code, "detected": detected}
    entry["seconds"] = round(time.monotonic() - started, 2)
    if code in (4, 5) or (edit.kind == "published" and code):
        entry["error"] = output[-2000:]
    if edit.kind != "published" or "error" in entry:
        report[snippet].append(entry)
    shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("snippets", nargs="*", help="example files relative to examples/ (default: every shown one)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--json", type=Path, help="write the report here")
    args = parser.parse_args(argv)
    snippets = args.snippets or shown_snippets(ROOT / "docs")
    started = time.monotonic()
    report = run(snippets, args.jobs)
    silent, errors = [], []
    for snippet, entries in report.items():
        errors += [f"{snippet}: {e['edit']}: exit {e['exit']}\n{e['error']}" for e in entries if "error" in e]
        entries = [e for e in entries if e["kind"] != "published"]
        missed = [e["edit"] for e in entries if not e["detected"]]
        print(f"{snippet}: {len(entries) - len(missed)}/{len(entries)} breaking edits detected")
        for label in missed:
            print(f"    not detected: {label}")
        if entries and not len(entries) - len(missed):
            silent.append(snippet)
    edits = sum(e["kind"] != "published" for entries in report.values() for e in entries)
    print(f"{edits} edits of {len(report)} snippets in {time.monotonic() - started:.0f} s")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    for snippet in silent:
        print(f"FAIL: {snippet}: its tests detect none of its breaking edits", file=sys.stderr)
    for error in errors:
        print(f"ERROR: {error}", file=sys.stderr)
    return 1 if silent or errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
