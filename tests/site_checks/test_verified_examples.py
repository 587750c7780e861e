"""The verified_examples extension: its pure parts, and a broken snippet failing the build."""

import shutil
import subprocess
import sys
from pathlib import PurePosixPath

from sitepaths import ROOT
from signals_docs.examples.verified import failures_from_junit, mirror_test


def test_mirror_test_names_the_test_beside_the_example():
    assert mirror_test(PurePosixPath("why_signals/request_counter.py")) == PurePosixPath(
        "why_signals/test_request_counter.py"
    )


def test_failures_from_junit_maps_files_to_messages():
    xml = """<testsuites><testsuite>
      <testcase file="tests/a/test_b.py" name="test_ok"/>
      <testcase file="tests/a/test_b.py" name="test_bad"><failure message="assert 1 == 2">trace</failure></testcase>
      <testcase classname="tests.c.test_d" name=""><error message="SyntaxError: invalid syntax"/></testcase>
    </testsuite></testsuites>"""
    assert failures_from_junit(xml, ROOT) == {
        "tests/a/test_b.py": ["test_bad: assert 1 == 2"],
        "tests/c/test_d.py": ["collection: SyntaxError: invalid syntax"],
    }


def _copy_project(tmp_path):
    for name in ("conf.py", "pyproject.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    for name in ("docs", "examples", "tests", "locale"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    return tmp_path


def _build(project):
    return subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", "html", "-c", ".", "-W", "--keep-going", "-q",
         "docs", "_build/html/en", "-d", "_build/doctrees/en"],
        cwd=project, capture_output=True, text=True,
    )  # fmt: skip


def test_a_broken_snippet_fails_the_build_naming_file_and_page(tmp_path):
    project = _copy_project(tmp_path)
    snippet = project / "examples/why_signals/request_counter.py"
    snippet.write_text(snippet.read_text().replace("request_count += 1", "request_count += 2"))
    result = _build(project)
    assert result.returncode != 0
    assert "why-signals.md" in result.stderr
    assert "snippet examples/why_signals/request_counter.py is broken" in result.stderr
    assert "tests/why_signals/test_request_counter.py" in result.stderr


def test_a_snippet_without_a_test_fails_the_build(tmp_path):
    project = _copy_project(tmp_path)
    (project / "tests/why_signals/test_request_counter.py").unlink()
    result = _build(project)
    assert result.returncode != 0
    assert "examples/why_signals/request_counter.py is shown here but no test exercises it" in result.stderr
