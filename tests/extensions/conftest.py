"""Extension tests build tiny Sphinx projects from tests/roots/test-<name>/ (as Sphinx tests its own).

``@pytest.mark.sphinx("html", testroot="<name>")`` gives a ``SphinxTestApp`` for
``tests/roots/test-<name>``; ``app.build()`` runs it in a temporary copy, in seconds.
A test that only reads what the build wrote asks for ``built`` instead.
"""

from pathlib import Path

import jinja2
import pytest
from sphinx.jinja2glue import BuiltinTemplateLoader
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


class CompiledOnce(jinja2.BytecodeCache):
    """Jinja's compiled templates, kept for the session: each tiny project's build makes a new
    template environment and would compile the theme's templates (layout.html and what it
    includes) again, a third of a small build's time. A template is reused only for the same
    file, the same source (Jinja checks its checksum) and the same extensions of the environment."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def get_bucket(self, environment, name, filename, source):
        extensions = ",".join(sorted(environment.extensions))
        return super().get_bucket(environment, f"{name}\0{extensions}", filename, source)

    def load_bytecode(self, bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


@pytest.fixture(scope="session", autouse=True)
def templates_compiled_once():
    init = BuiltinTemplateLoader.init
    cache = CompiledOnce()

    def init_with_cache(self, *args, **kwargs):
        init(self, *args, **kwargs)
        self.environment.bytecode_cache = cache

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(BuiltinTemplateLoader, "init", init_with_cache)
        yield cache


@pytest.fixture(scope="session")
def rootdir() -> Path:
    return Path(__file__).resolve().parent.parent / "roots"


@pytest.fixture
def built(app):  # noqa: F811  (sphinx.testing's fixture, imported above)
    """Build the tiny project; return ``built(path) -> str``, the text of a file it wrote."""
    app.build()
    return lambda path="index.html": (app.outdir / path).read_text(encoding="utf-8")
