"""The Makefile: its help is readable as printed, and it stops loudly instead of building nothing."""

import os
import subprocess
from pathlib import Path

from signals_docs.site import HOST, PORT, base_url, supported_django
from sitepaths import ROOT


def make(*args: str, path_first: Path | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if path_first:
        env["PATH"] = f"{path_first}{os.pathsep}{env['PATH']}"
    return subprocess.run(["make", "-C", str(cwd), *args], capture_output=True, text=True, env=env, timeout=60)


def fake_tool(folder: Path, name: str, script: str) -> None:
    folder.mkdir(exist_ok=True)
    tool = folder / name
    tool.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    tool.chmod(0o755)


def test_help_prints_values_not_variable_names():
    result = make("help", "HOST=0.0.0.0", "PORT=8123")
    assert result.returncode == 0, result.stderr
    assert "$(" not in result.stdout, "make help shows a variable unexpanded:\n" + result.stdout
    assert "http://0.0.0.0:8123" in result.stdout
    for series in supported_django():
        assert series.patch in result.stdout, f"make help does not name Django {series.patch}"


def test_make_serves_where_the_local_build_says_the_site_is():
    """The port and host come from site.py, as the canonical links of a local build do."""
    result = make("help")
    assert result.returncode == 0, result.stderr
    assert f"http://{HOST}:{PORT}" in result.stdout
    assert base_url({}) == f"http://{HOST}:{PORT}/"


def test_a_failing_python3_stops_make_saying_why(tmp_path):
    fake_tool(tmp_path, "python3", 'echo "python3 is broken" >&2; exit 3')
    result = make("-n", "html", path_first=tmp_path)
    assert result.returncode != 0, "make went on without the site's languages:\n" + result.stdout
    assert "cannot read the site's languages" in result.stderr and "exit 3" in result.stderr
    assert "sphinx-build" not in result.stdout


def test_node_tools_never_reinstalls_a_linked_node_modules(tmp_path):
    """A worktree whose node_modules links to another checkout's: `npm ci` there would empty
    the linked folder for every checkout sharing it."""
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    for name in ("Makefile", "package.json", "package-lock.json", "docs"):
        (checkout / name).symlink_to(ROOT / name)
    shared = tmp_path / "shared-node_modules"
    shared.mkdir()
    (checkout / "node_modules").symlink_to(shared)
    log = tmp_path / "npm.log"
    fake_tool(tmp_path / "bin", "npm", f'echo "npm $*" >> "{log}"')
    result = make("node-tools", path_first=tmp_path / "bin", cwd=checkout)
    assert result.returncode == 0, result.stderr
    assert not log.exists(), f"make ran {log.read_text()!r} through the link"
    assert "not reinstalled" in result.stdout
