#!/usr/bin/env python3
"""Run a build step unless nothing it reads has changed since it last succeeded.

Usage: scripts/unless_unchanged.py STAMP OUTPUT [--input FILE]... [--clean] -- COMMAND...

Why: ``make test`` starts with ``make html``, and with nothing changed Sphinx still
loads both languages' environments, runs every doctest and rewrites the pages'
assets (the theme's CSS purged against every page, the icon font subset, the
scripts minified): about 20 CPU seconds of a run that has two cores and two
minutes. The Makefile runs ``doctest`` and each ``html-<lang>`` through this script.

COMMAND runs, and on success STAMP (JSON) records a hash of its inputs and the
size and time of every file in OUTPUT. The next time, when both still hold, COMMAND
is not run. The inputs are:

* COMMAND itself (builder, language, ``SPHINXOPTS``, folders);
* every file git sees in the checkout, tracked or not ignored, by content: the
  pages, catalogs, conf.py, the extensions, the examples and the tests the
  verified snippets run; the commit (pages carry the date of their last commit);
* the FILEs given with ``--input`` (the runtime's manifest.json: pages get Run
  buttons when it is there), each by content or as missing;
* the Python that runs this script and every package installed for it (run it
  with the virtualenv's Python, the one the build uses);
* the environment variables the build reads (ENVIRONMENT;
  tests/site/test_unless_unchanged.py checks the list against the sources).

A failed COMMAND leaves no stamp (the old one is removed before it runs), so it
runs again the next time. Run from anywhere but the top of a git checkout (a copy of the
sources, a tarball), COMMAND always runs.
"""

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

#: The environment variables conf.py and docs/_ext read, and the interpreter's path.
ENVIRONMENT = (
    "CI",
    "DISPATCH_TRACE_MODULE",
    "DISPATCH_TRACE_OUT",
    "DJANGO_SETTINGS_MODULE",
    "DOCS_BASE_URL",
    "DOCS_EDIT_URL",
    "DOCS_URL_PREFIX",
    "PYTHONPATH",
    "SOURCE_DATE_EPOCH",
    "VERIFY_EXAMPLES",
)


def git(*args: str) -> bytes:
    return subprocess.run(["git", *args], capture_output=True, check=True).stdout


def installed() -> list[str]:
    """The packages this Python imports from, by name and version (their metadata folders' names)."""
    return sorted(
        entry.name
        for folder in map(Path, sys.path)
        if folder.is_dir()
        for entry in folder.iterdir()
        if entry.suffix in (".dist-info", ".egg-info")
    )


def inputs_digest(command: list[str], extra: list[Path]) -> str | None:
    """A hash of everything COMMAND reads (see the module's docstring); None outside git."""
    top = Path.cwd().resolve()
    try:
        if Path(git("rev-parse", "--show-toplevel").decode().strip()).resolve() != top:
            return None  # a copy of the sources inside another checkout: git does not see its files
        head = git("rev-parse", "--verify", "-q", "HEAD")
        files = git("ls-files", "-z", "--cached", "--others", "--exclude-standard").split(b"\0")
    except (OSError, subprocess.CalledProcessError):
        return None
    digest = hashlib.sha256()

    def add(*parts: bytes | str) -> None:
        for part in parts:
            data = part.encode() if isinstance(part, str) else part
            digest.update(len(data).to_bytes(8, "big") + data)

    add(json.dumps(command), head, sys.version)
    add(json.dumps(installed()))
    add(json.dumps({name: os.environ.get(name) for name in ENVIRONMENT}, sort_keys=True))
    for path in [*(top / os.fsdecode(name) for name in sorted(set(files)) if name), *extra]:
        add(str(path.relative_to(top)) if path.is_relative_to(top) else str(path))
        add(path.read_bytes() if path.is_file() else b"\0missing")
    return digest.hexdigest()


def output_listing(output: Path) -> dict[str, list[int]]:
    """Every file under ``output``: its size and modification time (ns)."""
    return {
        p.relative_to(output).as_posix(): [p.stat().st_size, p.stat().st_mtime_ns]
        for p in sorted(output.rglob("*"))
        if p.is_file()
    }


def is_current(stamp: Path, digest: str | None, output: Path) -> bool:
    if digest is None or not stamp.is_file() or not output.is_dir():
        return False
    try:
        recorded = json.loads(stamp.read_text())
    except ValueError:
        return False
    return recorded.get("inputs") == digest and recorded.get("output") == output_listing(output)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--" not in argv:
        print("usage: unless_unchanged.py STAMP OUTPUT [--input FILE]... [--clean] -- COMMAND...", file=sys.stderr)
        return 2
    split = argv.index("--")
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stamp", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--input", type=Path, action="append", default=[], help="a file outside git the step reads")
    parser.add_argument(
        "--clean", action="store_true", help="remove OUTPUT before COMMAND runs (no file of an earlier run stays)"
    )
    args = parser.parse_args(argv[:split])
    command = argv[split + 1 :]
    digest = inputs_digest(command, [p.resolve() for p in args.input])
    if is_current(args.stamp, digest, args.output):
        print(f"{args.output}: nothing it is built from changed since it was built ({args.stamp}); not run again")
        return 0
    args.stamp.unlink(missing_ok=True)
    if args.clean:
        shutil.rmtree(args.output, ignore_errors=True)
    returncode = subprocess.run(command).returncode
    if returncode == 0 and digest is not None:
        args.stamp.parent.mkdir(parents=True, exist_ok=True)
        record = {"inputs": digest, "output": output_listing(args.output)}
        args.stamp.write_text(json.dumps(record, indent=0, sort_keys=True) + "\n")
    return returncode


if __name__ == "__main__":
    sys.exit(main())
