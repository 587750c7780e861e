"""Which files of ``tests/`` are the examples' tests: one rule for every copy of the project.

Why: the examples project travels without the site. The readers' zip
(``examples.project_zip``), the browser runtime (``scripts/build_runtime.py``), the copies
the mutation gate and the breaking edits run in (``scripts/mutation.py``) and their tests
each take the tests that run the examples and leave the rest; with a rule each,
they disagreed (``tests/test_leak_guard.py``, which runs pytest on the repository's own
``tests/``, shipped in the runtime but not in the zip). They all ask :func:`examples_tests`.

The examples' tests are ``tests/conftest.py`` (the leak guard), ``tests/utils.py`` (the
version markers) and every file of ``tests/<app>/`` for each app of ``examples/``; never a
folder of the site's checks (``site.SITE_TESTS``), ``tests/exercises/`` (it proves the
exercises with ``signals_docs``) or ``tests/test_leak_guard.py``, nor a work tree's litter.
"""

from __future__ import annotations

from pathlib import Path

from signals_docs.site import SITE_TESTS

#: The files of tests/ itself that the examples' tests need.
SHARED = ("conftest.py", "utils.py")
#: A work tree's litter, never copied.
SKIPPED_PARTS = frozenset({"__pycache__", ".pytest_cache"})
SKIPPED_SUFFIXES = frozenset({".pyc", ".sqlite3", ".mo"})


def is_litter(relative: Path) -> bool:
    """True for a cache, a hidden file or folder, bytecode, a database or a compiled catalog."""
    return (
        any(part in SKIPPED_PARTS or part.startswith(".") for part in relative.parts)
        or relative.suffix in SKIPPED_SUFFIXES
    )


def examples_tests(root: Path, examples_dir: str = "examples", tests_dir: str = "tests") -> list[Path]:
    """The examples' tests of the project at ``root``, as paths below ``root / tests_dir``, sorted."""
    examples, tests = root / examples_dir, root / tests_dir
    files = [tests / name for name in SHARED if (tests / name).is_file()]
    for folder in tests.iterdir() if tests.is_dir() else ():
        if folder.is_dir() and (examples / folder.name).is_dir() and folder.name not in SITE_TESTS:
            files += (p for p in folder.rglob("*") if p.is_file() and not is_litter(p.relative_to(tests)))
    return sorted(files)
