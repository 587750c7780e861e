"""The examples zip: what it holds, where the site links it, and that it runs on its own.

The last test is the promise made to a reader: unpack the zip anywhere, make a
fresh virtualenv, install ``requirements-examples.txt``, run ``pytest``: green.
"""

import os
import re
import subprocess
import sys
import time
import tomllib
import zipfile
import zlib
from pathlib import Path

import pytest

from signals_docs.examples.examples_tests import examples_tests
from signals_docs.examples.project_zip import (
    TOP,
    ZIP_NAME,
    ZIP_PATH,
    examples_entries,
    standalone_pyproject,
    write_examples_zip,
)
from signals_docs.reproducible_zip import source_date_epoch
from sitepaths import LANGUAGES, ROOT

EXAMPLES, TESTS = ROOT / "examples", ROOT / "tests"


def test_the_zip_holds_the_examples_their_mirror_tests_and_how_to_run_them():
    names = set(examples_entries(ROOT))
    for required in ("README.md", "pyproject.toml", "requirements-examples.txt", "tests/conftest.py", "tests/utils.py",
                     "examples/manage.py", "examples/signals_site/settings.py"):  # fmt: skip
        assert TOP + required in names
    for path in EXAMPLES.rglob("*.py"):
        if "__pycache__" not in path.parts:
            assert f"{TOP}examples/{path.relative_to(EXAMPLES).as_posix()}" in names
    mirrored = [p for p in TESTS.iterdir() if p.is_dir() and (EXAMPLES / p.name).is_dir()]
    for folder in mirrored:
        for path in folder.rglob("test_*.py"):
            assert f"{TOP}tests/{path.relative_to(TESTS).as_posix()}" in names
    # the one rule of the examples' tests (the browser runtime takes the same: test_build_runtime.py)
    assert {n for n in names if n.startswith(TOP + "tests/")} == {
        f"{TOP}tests/{path.relative_to(TESTS).as_posix()}" for path in examples_tests(ROOT)
    }


def test_the_zip_holds_the_exercises_to_do_locally():
    names = set(examples_entries(ROOT))
    exercises = ROOT / "exercises"
    for path in exercises.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            assert f"{TOP}exercises/{path.relative_to(exercises).as_posix()}" in names


def test_the_zip_leaves_out_the_site_checks_and_build_litter():
    names = examples_entries(ROOT)
    site_tests = ("tests/site/", "tests/browser/", "tests/translations/", "tests/extensions/", "tests/roots/")
    assert not [n for n in names if n.removeprefix(TOP).startswith(site_tests)]
    assert TOP + "tests/test_leak_guard.py" not in names  # it copies the repository's own tests
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".sqlite3"))]
    # examples/README.md becomes the archive's README, not a second copy
    assert TOP + "examples/README.md" not in names


def test_the_standalone_pyproject_is_the_repositorys_with_local_paths():
    ours = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]
    theirs = tomllib.loads(standalone_pyproject(ROOT))["tool"]
    assert theirs["pytest"]["ini_options"] == {
        **ours["pytest"]["ini_options"],
        "pythonpath": ["examples", "."],
        "testpaths": ["tests"],
    }
    assert theirs["coverage"] == ours["coverage"]


def test_an_unreadable_pyproject_fails_naming_the_file(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.other]\n")
    with pytest.raises(ValueError, match=r"pyproject.toml: cannot read \[tool.pytest.ini_options\]"):
        standalone_pyproject(tmp_path)


def test_a_missing_readme_fails_naming_the_file(tmp_path):
    for name in ("examples/app", "tests"):
        (tmp_path / name).mkdir(parents=True)
    (tmp_path / "tests/conftest.py").write_text("")
    (tmp_path / "requirements-examples.txt").write_text("")
    with pytest.raises(FileNotFoundError, match=r"examples/README.md"):
        examples_entries(tmp_path)


def test_the_zip_is_reproducible(tmp_path):
    first = write_examples_zip(ROOT, tmp_path / "a" / ZIP_NAME)
    second = write_examples_zip(ROOT, tmp_path / "b" / ZIP_NAME)
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        names = archive.namelist()
        assert names == sorted(names)
        assert {info.date_time for info in archive.infolist()} == {time.gmtime(source_date_epoch())[:6]}


@pytest.mark.build
@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_publishes_the_zip_and_links_it(html_root, lang):
    assert (html_root / lang / ZIP_PATH).is_file()
    home = (html_root / lang / "index.html").read_text(encoding="utf-8")
    assert f'href="{ZIP_PATH}"' in home, "the home page offers the examples zip ({examples-download})"
    offer = re.search(r'<p class="examples-download-offer">(.*?)</p>', home, re.S).group(1)
    assert ("Run the examples yourself" in offer) == (lang == "en")
    # every snippet caption links the zip, relative to its own page
    for page in (html_root / lang).rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        depth = len(page.relative_to(html_root / lang).parts) - 1
        captions = re.findall(r'<div class="code-block-caption">(.*?)</div>', html, re.S)
        for caption in (c for c in captions if "verified-badge" in c):
            assert f'href="{"../" * depth}{ZIP_PATH}"' in caption, f"{lang}/{page.name}: caption without the zip link"


@pytest.mark.build
def test_the_published_zip_is_current_with_the_tree(html_root):
    # Contents, not bytes: the timestamps follow SOURCE_DATE_EPOCH of the build.
    expected = {
        name: zlib.crc32(content if isinstance(content, bytes) else content.read_bytes())
        for name, content in examples_entries(ROOT).items()
    }
    with zipfile.ZipFile(html_root / "en" / ZIP_PATH) as archive:
        published = {info.filename: info.CRC for info in archive.infolist()}
    changed = sorted(name for name in expected.keys() | published.keys() if expected.get(name) != published.get(name))
    assert not changed, f"the built examples zip is older than the tree (run 'make html'): {changed[:10]}"


@pytest.mark.slow
@pytest.mark.build
def test_the_unpacked_zip_runs_its_tests_green_in_a_fresh_virtualenv(html_root, tmp_path):
    with zipfile.ZipFile(html_root / "en" / ZIP_PATH) as archive:
        archive.extractall(tmp_path)
    project = tmp_path / TOP
    venv = tmp_path / "venv"
    # A clean environment: nothing of this repository's venv, paths or settings leaks in.
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "VIRTUAL_ENV", "DJANGO_SETTINGS_MODULE"}
    }
    python = Path(getattr(sys, "_base_executable", sys.executable))
    subprocess.run([str(python), "-m", "venv", str(venv)], check=True, env=env)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    install = subprocess.run(
        [*pip, "-r", "requirements-examples.txt"], cwd=project, env=env, capture_output=True, text=True
    )
    assert install.returncode == 0, f"pip install -r requirements-examples.txt failed:\n{install.stderr[-3000:]}"
    run = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider", "--cov"],
        cwd=project, env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert run.returncode == 0, (
        f"the examples' own tests failed after unpacking:\n{run.stdout[-4000:]}{run.stderr[-2000:]}"
    )
    assert re.search(r"\d+ passed", run.stdout)
    # An exercise, as exercises/README.md says to do it: the starter fails, the solution passes.
    exercise = [str(venv / "bin" / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider", "exercises"]
    for answer, code in (("starter", 1), ("solution", 0)):
        done = subprocess.run([*exercise, f"--answer={answer}"], cwd=project, env=env, capture_output=True, text=True)
        assert done.returncode == code, f"exercises --answer={answer} in the unpacked zip:\n{done.stdout[-3000:]}"
