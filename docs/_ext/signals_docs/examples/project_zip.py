"""Write the examples project as a zip into every HTML build.

Why: a reader who wants to run a snippet needs the app around it, the settings,
and the test that proves it. Each HTML build writes
``_downloads/django-signals-examples.zip`` into its output: ``examples/``, the
tests that run it (``examples.examples_tests``, the rule the browser runtime uses too:
never the site's own checks, which need the built site), ``exercises/``, the
pinned ``requirements-examples.txt``, a ``pyproject.toml`` derived from the
repository's own pytest and coverage settings (so the two cannot drift apart),
and ``examples/README.md`` as the archive's bilingual README. The archive is
reproducible (``signals_docs.reproducible_zip``). ``examples.download`` links it.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import tomli_w
from sphinx.application import Sphinx

from signals_docs.examples.examples_tests import examples_tests, is_litter
from signals_docs.reproducible_zip import write_zip

ZIP_NAME = "django-signals-examples.zip"
ZIP_PATH = f"_downloads/{ZIP_NAME}"  # relative to the root of one language's output
TOP = "django-signals-examples/"  # every entry sits in this folder once unzipped


def _files(root: Path) -> list[Path]:
    return sorted(path for path in root.rglob("*") if path.is_file() and not is_litter(path.relative_to(root)))


def standalone_pyproject(repo: Path) -> str:
    """The repository's pytest and coverage settings, with paths for the unpacked zip."""
    source = repo / "pyproject.toml"
    try:
        tool = tomllib.loads(source.read_text(encoding="utf-8"))["tool"]
        pytest_options = dict(tool["pytest"]["ini_options"])
    except (OSError, KeyError, tomllib.TOMLDecodeError) as error:
        raise ValueError(f"{source}: cannot read [tool.pytest.ini_options] for the examples zip: {error}") from error
    # Only the examples are importable there: no docs/_ext, no site checks.
    pytest_options["pythonpath"] = ["examples", "."]  # ".": tests/utils.py, the version markers
    pytest_options["testpaths"] = ["tests"]
    settings = {"pytest": {"ini_options": pytest_options}}
    if "coverage" in tool:
        settings["coverage"] = tool["coverage"]
    header = (
        "# Test settings of the examples project: run `pytest` in this folder.\n"
        "# Generated from the guide's own pyproject.toml when the site was built.\n\n"
    )
    return header + tomli_w.dumps({"tool": settings}, indent=4)


def examples_entries(repo: Path, examples_dir: str = "examples", tests_dir: str = "tests") -> dict[str, Path | bytes]:
    """Everything the examples zip holds, as ``{name in the archive: file or bytes}``."""
    examples, tests = repo / examples_dir, repo / tests_dir
    readme = examples / "README.md"
    for required in (readme, tests / "conftest.py", repo / "requirements-examples.txt"):
        if not required.is_file():
            raise FileNotFoundError(f"the examples zip needs {required.relative_to(repo)}, which is missing")
    entries: dict[str, Path | bytes] = {
        TOP + "README.md": readme,
        TOP + "requirements-examples.txt": repo / "requirements-examples.txt",
        TOP + "pyproject.toml": standalone_pyproject(repo).encode(),
    }
    for path in _files(examples):
        if path != readme:
            entries[TOP + "examples/" + path.relative_to(examples).as_posix()] = path
    # The exercises the pages end with, to do with an editor and pytest (exercises/README.md).
    exercises = repo / "exercises"
    for path in _files(exercises) if exercises.is_dir() else []:
        entries[TOP + "exercises/" + path.relative_to(exercises).as_posix()] = path
    # The examples' tests: the leak guard, the version markers, tests/<app>/ for each examples/<app>/.
    for path in examples_tests(repo, examples_dir, tests_dir):
        entries[TOP + "tests/" + path.relative_to(tests).as_posix()] = path
    return entries


def write_examples_zip(repo: Path, target: Path, examples_dir: str = "examples", tests_dir: str = "tests") -> Path:
    return write_zip(target, examples_entries(repo, examples_dir, tests_dir))


def _write_zip(app: Sphinx, exception: Exception | None) -> None:
    if exception is None and app.builder.format == "html":
        config = app.config
        write_examples_zip(
            Path(config.verified_repo_root),
            Path(app.outdir, ZIP_PATH),
            config.verified_examples_dir,
            config.verified_tests_dir,
        )


def setup(app: Sphinx) -> dict:
    app.setup_extension("signals_docs.examples.verified")  # its config values name the folders
    app.connect("build-finished", _write_zip)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
