"""Extension tests build tiny Sphinx projects from tests/roots/test-<name>/ (as Sphinx tests its own).

``@pytest.mark.sphinx("html", testroot="<name>")`` gives a ``SphinxTestApp`` for
``tests/roots/test-<name>``; ``app.build()`` runs it in a temporary copy, in seconds.
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
