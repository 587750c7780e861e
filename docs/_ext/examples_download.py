"""Publish the examples project as a zip, linked from the home page and every snippet.

Why: a reader who wants to run a snippet needs the app around it, the settings,
and the test that proves it. Each HTML build writes
``_downloads/django-signals-examples.zip`` into its output: ``examples/``, the
tests that mirror it (``tests/conftest.py``, ``tests/utils.py`` and ``tests/<app>/`` for every app in
``examples/``; never ``tests/site_checks``, which needs the built site), the
pinned ``requirements-examples.txt``, a ``pyproject.toml`` derived from the
repository's own pytest and coverage settings (so the two cannot drift apart),
and ``examples/README.md`` as the archive's bilingual README.

On the pages:

* every caption made by ``verified_examples`` (a container with ``verified_by``)
  gets a "runnable project (.zip)" link after its "verified" badge;
* the ``{examples-download}`` directive writes a paragraph that offers the zip
  (the home page uses it). Its sentences are labels of this extension, translated
  in ``docs/_ext/locales``, so no page catalog has to carry them.

Links are made relative to the page at write time, so the site works from any
sub-path and from ``file://``.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from docutils import nodes
from reproducible_zip import write_zip
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective
from sphinx.util.osutil import relative_uri
from ui_text import _

ZIP_NAME = "django-signals-examples.zip"
ZIP_PATH = f"_downloads/{ZIP_NAME}"  # relative to the root of one language's output
TOP = "django-signals-examples/"  # every entry sits in this folder once unzipped
SKIPPED_PARTS = {"__pycache__", ".pytest_cache"}
SKIPPED_SUFFIXES = {".pyc", ".sqlite3", ".mo"}


# --- what goes into the archive -------------------------------------------------


def _files(root: Path) -> list[Path]:
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file()
        and not SKIPPED_PARTS.intersection(path.relative_to(root).parts)
        and path.suffix not in SKIPPED_SUFFIXES
    )


def _toml_value(value: object, where: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[\n" + "".join(f"    {_toml_value(item, where)},\n" for item in value) + "]"
    raise TypeError(f"pyproject.toml: {where} holds a {type(value).__name__}, which the examples zip cannot copy")


def _toml_table(name: str, table: dict) -> str:
    lines = [f"[{name}]"]
    subtables = []
    for key, value in table.items():
        if isinstance(value, dict):
            subtables.append(_toml_table(f"{name}.{key}", value))
        else:
            lines.append(f"{key} = {_toml_value(value, f'{name}.{key}')}")
    return "\n".join(lines) + "\n" + "".join("\n" + sub for sub in subtables)


def standalone_pyproject(repo: Path) -> str:
    """The repository's pytest and coverage settings, with paths for the unpacked zip."""
    source = repo / "pyproject.toml"
    try:
        tool = tomllib.loads(source.read_text(encoding="utf-8"))["tool"]
        pytest_options = dict(tool["pytest"]["ini_options"])
    except (OSError, KeyError, tomllib.TOMLDecodeError) as error:
        raise ValueError(f"{source}: cannot read [tool.pytest.ini_options] for the examples zip: {error}") from error
    # Only the examples are importable there: no docs/_ext, no tests/site_checks.
    pytest_options["pythonpath"] = ["examples", "."]  # ".": tests/utils.py, the version markers
    pytest_options["testpaths"] = ["tests"]
    header = (
        "# Test settings of the examples project: run `pytest` in this folder.\n"
        "# Generated from the guide's own pyproject.toml when the site was built.\n\n"
    )
    tables = [_toml_table("tool.pytest.ini_options", pytest_options)]
    if "coverage" in tool:
        tables += [_toml_table(f"tool.coverage.{key}", value) for key, value in tool["coverage"].items()]
    return header + "\n".join(tables)


def examples_entries(repo: Path, examples_dir: str = "examples", tests_dir: str = "tests") -> dict[str, Path | bytes]:
    """Everything the examples zip holds, as ``{name in the archive: file or bytes}``."""
    examples, tests = repo / examples_dir, repo / tests_dir
    readme = examples / "README.md"
    for required in (readme, tests / "conftest.py", tests / "utils.py", repo / "requirements-examples.txt"):
        if not required.is_file():
            raise FileNotFoundError(f"the examples zip needs {required.relative_to(repo)}, which is missing")
    entries: dict[str, Path | bytes] = {
        TOP + "README.md": readme,
        TOP + "requirements-examples.txt": repo / "requirements-examples.txt",
        TOP + "pyproject.toml": standalone_pyproject(repo).encode(),
        TOP + "tests/conftest.py": tests / "conftest.py",
        TOP + "tests/utils.py": tests / "utils.py",
    }
    for path in _files(examples):
        if path != readme:
            entries[TOP + "examples/" + path.relative_to(examples).as_posix()] = path
    # The tests that mirror an app of examples/: tests/<app>/ for each examples/<app>/.
    for folder in sorted(p for p in tests.iterdir() if p.is_dir() and (examples / p.name).is_dir()):
        for path in _files(folder):
            entries[TOP + "tests/" + path.relative_to(tests).as_posix()] = path
    return entries


def write_examples_zip(repo: Path, target: Path, examples_dir: str = "examples", tests_dir: str = "tests") -> Path:
    return write_zip(target, examples_entries(repo, examples_dir, tests_dir))


# --- on the pages ----------------------------------------------------------------


def _download_reference(text: str, title: str = "") -> nodes.reference:
    # internal: a file of this site, so the theme shows no "external link" icon.
    link = nodes.reference(text, text, refuri=ZIP_PATH, internal=True, classes=["examples-download"])
    link["examples_download"] = True  # made relative to its page in _resolve_links
    if title:
        link["reftitle"] = title
    return link


class ExamplesDownload(SphinxDirective):
    """``{examples-download}``: a paragraph offering the examples zip."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        # Not translatable (no source): the labels come translated from ui_text.
        paragraph = nodes.paragraph("", "", classes=["examples-download-offer"], translatable=False)
        paragraph += nodes.strong("", str(_("Run the examples yourself:")))
        paragraph += nodes.Text(" ")
        paragraph += _download_reference(ZIP_NAME)
        paragraph += nodes.Text(" ")
        paragraph += nodes.Text(
            str(
                _(
                    "holds every snippet of this guide with its tests, as a small Django project "
                    "for Django 5.2 and 6.1. Its README, in English and Persian, gives the commands to run it."
                )
            )
        )
        return [paragraph]


def _resolve_links(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if app.builder.format != "html":
        return
    title = str(_("Every example of this guide with its tests, as a Django project you can run"))
    for container in doctree.findall(nodes.container):
        caption = next(iter(container.findall(nodes.caption)), None)
        if container.get("verified_by") and caption is not None:
            caption += nodes.Text(" · ")
            caption += _download_reference(str(_("runnable project (.zip)")), title)
    here = app.builder.get_target_uri(docname)
    for link in doctree.findall(nodes.reference):
        if link.get("examples_download"):
            link["refuri"] = relative_uri(here, ZIP_PATH)


def _write_zip(app: Sphinx, exception: Exception | None) -> None:
    if exception is None and app.builder.format == "html":
        config = app.config
        write_examples_zip(
            Path(config.verified_repo_root), Path(app.outdir, ZIP_PATH), config.verified_examples_dir, config.verified_tests_dir
        )


def setup(app: Sphinx) -> dict:
    app.setup_extension("verified_examples")  # its config values name the folders
    app.add_directive("examples-download", ExamplesDownload)
    app.connect("doctree-resolved", _resolve_links)
    app.connect("build-finished", _write_zip)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
