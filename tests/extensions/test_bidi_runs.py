"""signals_docs.persian.bidi_runs: «5.2 LTS» stays in order on right-to-left pages."""

import pytest


@pytest.mark.sphinx("html", testroot="bidi_runs")
def test_a_number_and_the_latin_word_after_it_are_one_run(built):
    html = built("index.html")
    assert html.count('<span class="ltr-run">5.2 LTS</span>') == 2  # in prose and in emphasis
    assert "جنگو 6.1 نوشته" in html  # a number before Persian words is left alone
    assert html.count("ltr-run") == 2 and '<span class="pre">LTS</span>' in html  # code untouched


@pytest.mark.sphinx("html", testroot="bidi_runs", confoverrides={"language": "en"})
def test_left_to_right_pages_are_left_alone(app):
    app.build()
    assert "ltr-run" not in (app.outdir / "index.html").read_text(encoding="utf-8")
