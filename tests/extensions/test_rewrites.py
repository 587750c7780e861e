"""The built site's rewrites run in the order signals_docs.rewrites.ORDER names, and only that table orders them."""

import re

import pytest

from signals_docs.rewrites import ORDER, PRIORITY, connect_rewrite
from sitepaths import ROOT

EXTENSIONS = ROOT / "docs" / "_ext" / "signals_docs"


def sources() -> dict[str, str]:
    return {p.relative_to(EXTENSIONS).as_posix(): p.read_text("utf-8") for p in EXTENSIONS.rglob("*.py")}


def test_no_extension_orders_a_rewrite_by_number():
    found = [name for name, text in sources().items() if re.search(r'"build-finished",[^)]*priority=', text)]
    numbered = [name for name in found if name != "rewrites.py"]  # the table's own connect
    assert not numbered, f"build-finished listeners with their own priority (use connect_rewrite): {numbered}"


def test_every_rewrite_in_the_table_is_connected_once_and_in_its_order():
    calls = [m[1] for text in sources().values() for m in re.finditer(r'connect_rewrite\(app, "(\w+)"', text)]
    assert sorted(calls) == sorted(ORDER), f"connected: {sorted(calls)}; the table: {sorted(ORDER)}"
    assert [PRIORITY[name] for name in ORDER] == sorted(PRIORITY.values())
    assert PRIORITY[ORDER[-1]] == max(PRIORITY.values()) and ORDER[-1] == "csp"  # it hashes what the others wrote


def test_a_rewrite_missing_from_the_table_is_refused():
    class App:
        def connect(self, *args, **kwargs):
            raise AssertionError("connected")

    with pytest.raises(ValueError, match="not in ORDER"):
        connect_rewrite(App(), "sitemap", lambda app, exception: None)
