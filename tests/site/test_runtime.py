"""The recorded browser run is current with the runtime the build made.

The build labels the snippets that cannot run in a browser from
``runnable-results.json``, which tests/browser/test_runnable.py records by
running every snippet's tests in the runtime (a slow gate). The record names
the runtime's input stamp (scripts/build_runtime.py: the examples, their tests,
the pins and the runtime's own sources); when any of them changes, the record
may no longer be true, and this says so without booting a browser.
"""

import json

import pytest

from builtsite import TEST_BROWSER, require, runtime_manifest
from signals_docs.examples.runnable import REFRESH, RESULTS

pytestmark = pytest.mark.build


def test_the_recorded_browser_run_names_the_runtime_that_was_built(html_root):
    built = runtime_manifest(html_root)["stamp"]
    require(TEST_BROWSER.is_file(), f"recording the browser run needs Chromium at {TEST_BROWSER}")
    recorded = json.loads(RESULTS.read_text(encoding="utf-8")).get("runtime")
    assert recorded == built, (
        f"{RESULTS.name} was recorded with runtime {recorded}, the build made {built} "
        f"(an example, a test or a pin changed): {REFRESH}"
    )
