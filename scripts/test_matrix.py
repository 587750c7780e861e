"""make test-matrix: the examples' tests on every supported Django, each on the oldest and the
newest Python of its range (``DjangoSeries.python`` in site.py) that this machine has.

    python scripts/test_matrix.py [BUILDDIR/matrix] [--jobs N]

One virtual environment per (Django patch release, Python): ``django-<patch>-py<X.Y>``,
with requirements-examples.txt and that Django, and a JUnit report in it, which
``signals_docs.examples.version_claims check-matrix`` reads per series. A supported
Python missing here is skipped with a reason (the next one in the range stands in for
it); a series with no supported Python at all fails when CI=true. Every run goes to the
end and the table says which failed. Runs go side by side, one per core (``--jobs``):
each is one pytest process, and each prints its output whole when it ends.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from _paths import ROOT
from signals_docs.site import SITE_TESTS, DjangoSeries, supported_django

PROBE = "import sys, venv; print('%d.%d.%d' % sys.version_info[:3])"


def _release(python: Path) -> list[int]:
    """pyenv's ``versions/3.13.1t/bin/python`` -> [3, 13, 1]."""
    return [int(n) for n in re.findall(r"\d+", python.parts[-3])]


def find_python(version: str) -> tuple[Path, str] | None:
    """An interpreter of ``version`` ("3.10") that runs, and its full version; None if there is none.

    Looked for as ``pythonX.Y`` on PATH and in pyenv's versions (its shims exist even for
    versions that are not selected, and fail: every candidate is probed by running it).
    """
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    candidates = [shutil.which(f"python{version}")]
    newest_first = sorted(pyenv.glob(f"{version}.*/bin/python"), key=_release, reverse=True)
    candidates += newest_first
    candidates += [sys.executable]
    for candidate in filter(None, candidates):
        try:
            out = subprocess.run([candidate, "-c", PROBE], capture_output=True, text=True, timeout=30)
        except OSError:
            continue
        full = out.stdout.strip()
        if out.returncode == 0 and full.rsplit(".", 1)[0] == version:
            return Path(candidate), full
    return None


def plan(series: DjangoSeries) -> tuple[list[tuple[Path, str]], list[str]]:
    """The interpreters to run ``series`` on (oldest and newest found), and why any is skipped."""
    found = {version: find_python(version) for version in series.pythons}
    available = [version for version in series.pythons if found[version]]
    chosen = list(dict.fromkeys(available[:1] + available[-1:]))
    skipped = []
    for end, version in (("oldest", series.pythons[0]), ("newest", series.pythons[-1])):
        if not found[version]:
            instead = f"; Python {available[0 if end == 'oldest' else -1]} stands in" if available else ""
            skipped.append(
                f"Django {series.series} on Python {version} ({end} supported): not on this machine{instead}"
            )
    return [found[version] for version in chosen], skipped


def run(series: DjangoSeries, python: Path, full: str, matrix: Path) -> tuple[bool, float, str]:
    """Install (once) and test one combination; its output is returned, to be printed whole."""
    short = full.rsplit(".", 1)[0]
    env = matrix / f"django-{series.patch}-py{short}"
    if not (env / "bin" / "python").exists():
        subprocess.run([python, "-m", "venv", env], check=True)
    requirements = [
        line for line in (ROOT / "requirements-examples.txt").read_text("utf-8").splitlines()
        if not line.lower().startswith("django==")
    ] + [f"Django=={series.patch}"]  # fmt: skip
    wanted = "\n".join(requirements) + "\n"
    stamp = env / "requirements.txt"
    pip = [env / "bin" / "python", "-m", "pip", "--disable-pip-version-check"]
    if not stamp.exists() or stamp.read_text("utf-8") != wanted:
        stamp.unlink(missing_ok=True)
        # requirements-examples.txt pins, per Python where one must (environment markers), what
        # a reader of the examples zip installs: a pin this Python cannot install fails here.
        subprocess.run([*pip, "install", "--quiet", "-r", "/dev/stdin"], input=wanted, text=True, check=True)
        stamp.write_text(wanted, encoding="utf-8")  # written once installed: an interrupted install retries
    started = time.monotonic()
    ignore = [f"--ignore=tests/{folder}" for folder in sorted(SITE_TESTS)]
    junit = ["-o", "junit_family=xunit1", f"--junitxml={env / 'junit.xml'}"]
    tests = subprocess.run(
        [env / "bin" / "python", "-m", "pytest", "-p", "no:cacheprovider", "-q", *junit, *ignore],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    output = f"== Django {series.patch} on Python {full} ==\n{tests.stdout}"
    return tests.returncode == 0, time.monotonic() - started, output


def main(argv: list[str]) -> int:
    jobs = os.cpu_count() or 1
    if "--jobs" in argv:
        at = argv.index("--jobs")
        jobs, argv = int(argv[at + 1]), argv[:at] + argv[at + 2 :]
    matrix = Path(argv[0]) if argv else ROOT / os.environ.get("BUILDDIR", "_build") / "matrix"
    matrix.mkdir(parents=True, exist_ok=True)
    for old in matrix.glob("*/junit.xml"):  # check-matrix reads every report: only this run's
        old.unlink()
    ci = os.environ.get("CI") == "true"
    combinations, notes, failed = [], [], False
    for series in supported_django():
        interpreters, skipped = plan(series)
        notes += [f"skipped: {reason}" for reason in skipped]
        if not interpreters:
            notes.append(
                f"{'FAIL' if ci else 'skipped'}: no Python {'-'.join(series.python)} here for Django {series.series}"
            )
            failed |= ci
        combinations += [(series, python, full) for python, full in interpreters]

    def one(combination: tuple[DjangoSeries, Path, str]) -> tuple[str, str, bool, float]:
        series, python, full = combination
        passed, seconds, output = run(series, python, full, matrix)
        print(output, flush=True)
        return series.patch, full, passed, seconds

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        rows = list(pool.map(one, combinations))
    print("\nDjango   Python    result   time")
    for django, python, passed, seconds in rows:
        failed |= not passed
        print(f"{django:<8} {python:<9} {'passed' if passed else 'FAILED':<8} {seconds:4.0f} s")
    print("\n".join(notes))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
