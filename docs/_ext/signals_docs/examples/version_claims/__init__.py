"""Version claims: a sentence that names a Django version names the test that pins it.

Why: "since Django 6.1", "on 5.2" is a claim like a snippet is, and goes stale
the same way. In MyST a claim is written with the ``django`` role::

    {django}`6.1+ <tests/async_signals/test_fan_out.py::test_asend_cancels>` cancels the others.

The text before ``<`` is the range of Django release series the claim covers:

* ``6.1``       that series only          -> "Django 6.1"
* ``6.1+``      that series and later     -> "Django 6.1 and later"
* ``5.2-6.0``   both ends included        -> "Django 5.2 and 6.0" (the supported series in it)
* ``*``         every supported series    -> "Django 5.2, 6.0 and 6.1"

and the target is the test, ``<path from the repository root>::<name>`` (or
``::<Class>::<name>``). The page shows the words, never the spec, each version
in an isolated left-to-right ``<bdi>`` so that "5.2 LTS" reads in order in
Persian text. ``{django}`supported``` (no test) writes the supported series from
``signals_docs.site``, for the one sentence that lists them.

The build fails, at the page and line of the claim, when

* the spec is malformed or covers no supported series;
* the test file or the test function does not exist;
* the test is skipped on a series the claim covers: its version markers
  (``django_from`` / ``django_before`` from ``tests/utils.py``, on the function,
  its class or the module's ``pytestmark``) are read from the source; a bare
  ``pytest.mark.skip``/``skipif``/``xfail`` on a claimed test is refused, since
  the build cannot know which versions it skips.

What a marker cannot show (a ``pytest.skip()`` call at run time), the test
matrix does: ``make test-matrix`` writes a JUnit report per Django version and
then runs ``python -m signals_docs.examples.version_claims check-matrix``, which
fails unless every claimed test *passed* on every matrix version its claim
covers. ``... unmarked`` lists sentences in ``docs/`` and the Persian catalogs
that name a Django version without the role (``make test`` runs it as a test).

One module a job: ``spec`` (a claim's syntax and range), ``role`` (the words on the
page), ``markers`` (the series a test runs on, from its source), ``prose`` (the linter),
``matrix`` (the JUnit check) and ``__main__`` (the command line).
"""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx

from .markers import check_claim, runs_on
from .matrix import check_matrix, passed_in_junit
from .prose import unmarked, unmarked_in_text
from .role import (
    OTHER_BUILDERS,
    DjangoRole,
    depart_claim,
    depart_version,
    django_claim,
    django_version,
    visit_claim,
    visit_version,
)
from .spec import Claim, ClaimError, VersionRange, claims_in, key

__all__ = [
    "Claim", "ClaimError", "VersionRange", "check_claim", "check_matrix", "claims_in", "key",
    "passed_in_junit", "runs_on", "unmarked", "unmarked_in_text",
]  # fmt: skip


def setup(app: Sphinx) -> dict:
    # The folder that test paths in claims are relative to (the repository root).
    app.add_config_value("version_claims_root", str(Path(app.confdir)), "env", str)
    app.add_node(django_version, html=(visit_version, depart_version), **OTHER_BUILDERS)
    app.add_node(django_claim, html=(visit_claim, depart_claim), **OTHER_BUILDERS)
    app.add_role("django", DjangoRole())
    app.setup_extension("signals_docs.i18n.labels")  # registers the "signals_docs" label catalog
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
