"""examples/runnable: Run buttons on verified snippets, or the reason a snippet cannot run here."""

import json
import re

import pytest

from signals_docs import site


def runnable_blocks(html: str) -> dict[str, str]:
    """``{example: markup}`` of every Run control on a page."""
    return {
        m[2]: m[1] for m in re.finditer(r'(<div class="runnable" data-example="([^"]+)".*?</div>)', html, re.DOTALL)
    }


@pytest.fixture
def on_ci(monkeypatch):
    """CI=true before the app starts (the runtime is looked for when the builder starts)."""
    monkeypatch.setenv("CI", "true")


@pytest.fixture
def not_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)


@pytest.mark.sphinx("html", testroot="runnable")
def test_each_verified_snippet_gets_a_run_button_or_its_reason(app, built):
    html = built("index.html")
    blocks = runnable_blocks(html)
    assert set(blocks) == {"app/good.py", "app/threaded.py", "app/partly.py"}
    good = blocks["app/good.py"]
    assert 'data-test="tests/app/test_good.py"' in good
    assert '<button type="button" class="runnable-run" hidden>Run</button>' in good
    # All of its tests need threads: no button, the reason in place.
    assert "<button" not in blocks["app/threaded.py"]
    assert "Runs only in the full test suite: its tests need threads" in blocks["app/threaded.py"]
    # Some need a subprocess: the button runs the others and says so.
    partly = blocks["app/partly.py"]
    assert 'data-deselect="tests/app/test_partly.py::test_two"' in partly and "<button" in partly
    assert "1 of its tests need a subprocess" in partly
    # The loader is on the page (deferred, with the runtime's address); the rest loads on the first press.
    assert re.search(r'<script data-runtime="\.\./runtime/" defer="defer" src="_static/runnable\.js', html)
    assert "runnable-ui.js" not in html
    text = built("_static/runnable-text.js")
    labels = json.loads(text[text.index("{") : text.rindex("}") + 1])
    assert labels["passed"] == "Tests passed"
    # site.py's facts, not the script's: the language for numbers, how to serve the site from file://
    assert (labels["language"], labels["serve_command"], labels["local_url"]) == (
        "en",
        site.SERVE_COMMAND,
        site.LOCAL_URL,
    )
    assert (app.outdir / "_static" / "runnable-ui.js").is_file()
    assert not app.warning.getvalue()


@pytest.mark.sphinx("html", testroot="runnable", srcdir="runnable-fa", confoverrides={"language": "fa"})
def test_the_labels_and_reasons_are_persian(app, built):
    html = built("index.html")
    blocks = runnable_blocks(html)
    assert ">اجرا</button>" in blocks["app/good.py"]
    assert "نخ‌ها" in blocks["app/threaded.py"]
    assert "۱ آزمونِ آن" in blocks["app/partly.py"]  # Persian digits in Persian prose
    text = built("_static/runnable-text.js")
    assert "پوشهٔ بازشده" in text and "Tests passed" not in text
    assert '"language": "fa"' in text


@pytest.mark.sphinx(
    "html", testroot="runnable", srcdir="runnable-missing", confoverrides={"runnable_runtime": "nowhere"}
)
def test_without_the_runtime_the_pages_build_without_buttons(not_ci, app, built):
    html = built("index.html")
    assert 'class="runnable"' not in html and "runnable.js" not in html
    assert "the in-browser runtime is missing" in app.status.getvalue()
    assert not app.warning.getvalue()


@pytest.mark.sphinx("html", testroot="runnable", srcdir="runnable-ci", confoverrides={"runnable_runtime": "nowhere"})
def test_without_the_runtime_ci_fails(on_ci, app):
    app.build()
    assert "the in-browser runtime is missing" in app.warning.getvalue()
    assert "mandatory when CI=true" in app.warning.getvalue()


@pytest.mark.sphinx("html", testroot="runnable", srcdir="runnable-bad", confoverrides={"runnable_results": "conf.py"})
def test_a_broken_results_file_is_an_error_naming_it(app):
    app.build()
    assert "conf.py: not a result file of tests/browser/test_runnable.py" in app.warning.getvalue()


def test_an_unknown_limit_is_refused(tmp_path):
    from signals_docs.examples.runnable import load_results

    path = tmp_path / "results.json"
    path.write_text(json.dumps({"snippets": {"a.py": {"limits": {"t::x": "gpu"}, "passed": 0}}}))
    with pytest.raises(ValueError, match=r"a\.py: unknown browser limit \['gpu'\]"):
        load_results(path)
