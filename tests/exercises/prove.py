"""Prove exercises natively: the solution passes all, the starter and each wrong answer fail exactly what they declare.

    .venv/bin/python tests/exercises/prove.py [exercises/<topic>/<name> ...]   (default: every exercise)
    PROVE_PYTHON=<a matrix venv's python> ...   runs the tests on that interpreter (another Django)

A development aid of the content branch; the framework's build proof replaces it.
"""

import os
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = os.environ.get("PROVE_PYTHON", sys.executable)


def failing(folder: Path, answer: str) -> tuple[set[str], int]:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.xml"
        run = subprocess.run(
            [PYTHON, "-m", "pytest", str(folder), f"--answer={answer}", "-q", "-p", "no:cacheprovider",
             f"--junitxml={report}"],
            cwd=ROOT, capture_output=True, text=True,
        )  # fmt: skip
        if not report.exists():
            return {f"<no report: {run.stdout[-300:]}{run.stderr[-300:]}>"}, 0
        cases = ET.parse(report).getroot().iter("testcase")
        names, total = set(), 0
        for case in cases:
            total += 1
            if case.find("failure") is not None or case.find("error") is not None:
                names.add(case.get("name").split("[")[0])
        return names, total


def prove(folder: Path) -> list[str]:
    meta = tomllib.loads((folder / "exercise.toml").read_text(encoding="utf-8"))
    runs = [("solution", set()), ("starter", set(meta["starter_fails"]))]
    runs += [(wrong["file"], set(wrong["fails"])) for wrong in meta["wrong"]]
    problems = []
    for answer, expected in runs:
        got, total = failing(folder, answer)
        if total == 0 or got != expected:
            problems.append(
                f"{folder.relative_to(ROOT)} --answer={answer}: expected {sorted(expected)}, got {sorted(got)} ({total} tests)"
            )
    return problems


def main(args):
    folders = [ROOT / a for a in args] or sorted(p.parent for p in (ROOT / "exercises").glob("*/*/exercise.toml"))
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(prove, folders))
    for folder, problems in zip(folders, results, strict=True):
        print(("FAIL " if problems else "ok   ") + str(folder.relative_to(ROOT)))
        for problem in problems:
            print("     " + problem)
    return 1 if any(results) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
