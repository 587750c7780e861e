"""chrome/csp: a Content-Security-Policy meta on every page, inline blocks allowed by hash only."""

import base64
import hashlib
import re

import pytest

from signals_docs.chrome.csp import apply_policy, eval_free_translations, policy_for

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8" />
<script src="_static/a.js"></script><script>jQuery(function () {});</script>
<style>p { color: red }</style></head><body><img src="x.svg" style="width: 360px;"></body></html>"""


def sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_the_policy_allows_the_sites_files_wasm_and_the_pages_own_inline_blocks():
    policy = policy_for(PAGE)
    assert "default-src 'none'" in policy
    assert f"script-src 'self' 'wasm-unsafe-eval' {sha('jQuery(function () {});')}" in policy
    assert sha("p { color: red }") in policy and sha("width: 360px;") in policy and "'unsafe-hashes'" in policy
    assert "worker-src 'self'" in policy and "unsafe-inline" not in policy and "'unsafe-eval'" not in policy
    assert "http" not in policy  # nothing from elsewhere


def test_the_meta_comes_first_and_is_replaced_not_repeated():
    once = apply_policy(PAGE)
    assert re.search(r'<meta charset="utf-8" />\s*<meta http-equiv="Content-Security-Policy"', once)
    twice = apply_policy(once.replace("jQuery(function () {});", "changed();"))
    assert twice.count("Content-Security-Policy") == 1 and sha("changed();") in twice


def test_a_page_without_charset_is_an_error_naming_it():
    with pytest.raises(ValueError, match="broken.html: no <meta charset>"):
        apply_policy("<html><head></head></html>", "broken.html")


def test_translations_set_the_plural_rule_without_new_function():
    sphinx_js = (
        'Documentation.addTranslations({"locale": "fa", "messages": {"Go": "برو"}, "plural_expr": "(n > 1)"});\n'
    )
    rewritten = eval_free_translations(sphinx_js)
    assert "new Function(" not in rewritten and "Documentation.PLURAL_EXPR = (n) => ((n > 1))" in rewritten
    assert rewritten[rewritten.index("{") :].startswith('{"locale": "fa"')  # the catalog stays the first object
    assert eval_free_translations(rewritten) == rewritten
    with pytest.raises(ValueError, match="unexpected plural rule"):
        eval_free_translations(sphinx_js.replace("(n > 1)", "alert(1)"))


@pytest.mark.sphinx("html", testroot="csp")
def test_every_built_page_carries_its_own_policy_once(app):
    app.build()
    for path in (app.outdir / "index.html", app.outdir / "sub" / "page.html", app.outdir / "search.html"):
        html = path.read_text(encoding="utf-8")
        metas = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', html)
        assert metas == [policy_for(html)], path
        assert html.index('<meta charset="utf-8"') < html.index("Content-Security-Policy"), path
    assert not app.warning.getvalue()
