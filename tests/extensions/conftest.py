"""Extension tests build tiny Sphinx projects from tests/roots/test-<name>/ (as Sphinx tests its own).

``@pytest.mark.sphinx("html", testroot="<name>")`` gives a ``SphinxTestApp`` for
``tests/roots/test-<name>``; ``app.build()`` runs it in a temporary copy, in seconds.
A test that only reads what the build wrote asks for ``built`` instead.
"""

from pathlib import Path

import pytest
from sphinx.testing.fixtures import (  # noqa: F401  (fixtures and marker registration)
    app,
    app_params,
    make_app,
    pytest_configure,
    shared_result,
    sphinx_test_tempdir,
    status,
    test_params,
    warning,
)

EXT = Path(__file__).resolve().parents[2] / "docs" / "_ext"


@pytest.fixture(scope="session")
def rootdir() -> Path:
    return Path(__file__).resolve().parent.parent / "roots"


@pytest.fixture
def built(app):  # noqa: F811  (sphinx.testing's fixture, imported above)
    """Build the tiny project; return ``built(path) -> str``, the text of a file it wrote."""
    app.build()
    return lambda path="index.html": (app.outdir / path).read_text(encoding="utf-8")
