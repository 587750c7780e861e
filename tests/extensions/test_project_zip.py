"""examples/project_zip: every HTML build carries the examples project as a zip."""

import tomllib
import zipfile

import pytest
from sphinx.errors import ExtensionError

from signals_docs.examples.project_zip import TOP, ZIP_PATH, examples_entries, standalone_pyproject


@pytest.mark.sphinx("html", testroot="project_zip")
def test_the_build_writes_the_project_with_its_tests_and_settings(app):
    app.build()
    with zipfile.ZipFile(app.outdir / ZIP_PATH) as archive:
        names = sorted(archive.namelist())
        pyproject = tomllib.loads(archive.read(TOP + "pyproject.toml").decode())
    assert names == [
        TOP + name
        for name in (
            "README.md",
            "examples/demo/__init__.py",
            "examples/demo/adder.py",
            "pyproject.toml",
            "requirements-examples.txt",
            "tests/conftest.py",
            "tests/demo/test_adder.py",
        )
    ]  # fmt: skip  (tests/site, which needs the built site, stays out)
    options = pyproject["tool"]["pytest"]["ini_options"]
    assert options["pythonpath"] == ["examples"] and options["testpaths"] == ["tests"]
    assert options["addopts"] == ["--strict-markers"]
    assert pyproject["tool"]["coverage"]["run"] == {"source": ["examples"], "branch": True}
    assert not app.warning.getvalue()


def test_the_standalone_pyproject_is_written_by_a_toml_library(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.pytest.ini_options]\nmarkers = ["slow: \\"quoted\\" and ünïcode"]\nx = {a = 1}\n'
    )
    text = standalone_pyproject(tmp_path)
    assert text.startswith("# Test settings of the examples project")
    options = tomllib.loads(text)["tool"]["pytest"]["ini_options"]
    assert options["markers"] == ['slow: "quoted" and ünïcode'] and options["x"] == {"a": 1}


def test_an_unreadable_pyproject_fails_naming_the_file(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.other]\n")
    with pytest.raises(ValueError, match=r"pyproject.toml: cannot read \[tool.pytest.ini_options\]"):
        standalone_pyproject(tmp_path)


@pytest.mark.sphinx("html", testroot="project_zip", srcdir="project_zip-no-requirements")
def test_a_missing_file_stops_the_build_naming_it(app):
    (app.srcdir / "requirements-examples.txt").unlink()
    with pytest.raises(ExtensionError, match="the examples zip needs requirements-examples.txt, which is missing"):
        app.build()


def test_entries_name_files_inside_the_top_folder(rootdir):
    entries = examples_entries(rootdir / "test-project_zip")
    assert all(name.startswith(TOP) for name in entries)
