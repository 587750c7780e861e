"""Every script starts on its own: its imports find the project's modules without help.

A script runs as ``python scripts/<name>.py``, with only ``scripts/`` on its path; its
first project import, ``_paths``, adds the rest (pyproject.toml's pythonpath). Under
pytest those paths are already there, so importing a script here proves nothing: each
is imported in a fresh interpreter that has only ``scripts/``, as when it runs.
"""

import subprocess
import sys

from sitepaths import ROOT

SCRIPTS = sorted(p.stem for p in (ROOT / "scripts").glob("*.py") if p.stem != "_paths")


def pycache() -> list[str]:
    """-I leaves out PYTHONPYCACHEPREFIX with every PYTHON* variable: say it again (fifteen
    interpreters read the project compiled, and none writes a __pycache__ into scripts/)."""
    return ["-X", f"pycache_prefix={sys.pycache_prefix}"] if sys.pycache_prefix else []


def test_every_script_imports_with_only_its_own_folder_on_the_path():
    probe = "import sys; sys.path[:] = [sys.argv[1]] + [p for p in sys.path[1:] if 'site-packages' in p or 'lib/python' in p]; __import__(sys.argv[2])"
    runs = {
        name: subprocess.Popen(
            [sys.executable, "-I", *pycache(), "-c", probe, str(ROOT / "scripts"), name],
            cwd=ROOT / "docs",  # not the root: the current folder must not stand in for a path
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for name in SCRIPTS
    }
    failed = {}
    for name, run in runs.items():
        output, _ = run.communicate(timeout=120)
        if run.returncode:
            failed[name] = output.strip().splitlines()[-1]
    assert SCRIPTS and not failed, f"scripts that do not import on their own (import _paths first): {failed}"
