"""Version claims: the {django} role on a tiny project, the unmarked-claim check on the real docs."""

import shutil
from pathlib import Path

import pytest
from signals_docs.examples import version_claims as vc
from signals_docs.site import ROOT, DJANGO_SERIES


@pytest.mark.sphinx("html", testroot="version_claims", freshenv=True)
def test_claims_render_their_versions_isolated(app):
    app.build()
    html = (app.outdir / "index.html").read_text()
    assert 'Written for <span class="django-claim">Django <bdi class="django-version" dir="ltr">5.2 LTS</bdi>, ' in html
    assert '<bdi class="django-version" dir="ltr">6.0</bdi> and <bdi class="django-version" dir="ltr">6.1</bdi>' in html
    assert 'title="pinned by checks/pins.py::test_new">Django <bdi class="django-version" dir="ltr">6.1</bdi> and later</span>' in html
    assert ">Django <bdi class=\"django-version\" dir=\"ltr\">5.2</bdi> and <bdi" in html  # 5.2-6.0 lists the series
    warnings = app.warning.getvalue()
    assert "index.md" not in warnings


@pytest.mark.sphinx("html", testroot="version_claims", freshenv=True)
def test_bad_claims_fail_at_their_line(app):
    app.build()
    errors = [line for line in app.warning.getvalue().splitlines() if "broken.md" in line]
    expected = {
        7: "checks/nowhere.py does not exist",
        9: "checks/pins.py has no test test_nothing",
        11: "checks/pins.py::test_new is skipped on Django 6.0, which the claim '6.0+' covers",
        13: "checks/pins.py::test_old is skipped on Django 6.1",
        15: "skip/skipif/xfail marker the build cannot read",
        17: "'six' is not a Django version range",
        19: "write {django}`<range>",
        21: "'4.2' covers no supported Django",
    }
    for line, message in expected.items():
        assert any(f"broken.md:{line}:" in e and "ERROR" in e and message in e for e in errors), (line, errors)
    assert len(errors) == len(expected)


def test_version_ranges():
    assert (6, 1) in vc.VersionRange.parse("6.1+") and (5, 2) not in vc.VersionRange.parse("6.1+")
    assert [s.series for s in vc.VersionRange.parse("5.2-6.0").series(DJANGO_SERIES)] == ["5.2", "6.0"]
    assert [s.series for s in vc.VersionRange.parse("*").series(DJANGO_SERIES)] == [s.series for s in DJANGO_SERIES]
    with pytest.raises(vc.ClaimError, match="ends before it starts"):
        vc.VersionRange.parse("6.1-5.2")


def test_markers_must_name_a_site_series(tmp_path):
    (tmp_path / "t.py").write_text('from tests.utils import django_from\n@django_from("6.7", reason="x")\ndef test_a(): pass\n')
    with pytest.raises(vc.ClaimError, match="not a series of signals_docs.site"):
        vc.runs_on(tmp_path, "t.py::test_a")


def test_every_version_claim_in_docs_is_marked():
    problems = vc.unmarked(ROOT)
    assert not problems, "name the test that pins each claim:\n" + "\n".join(problems)


def test_an_unmarked_claim_fails_the_check(tmp_path):
    """Plant the fault on a copy: the check must find it, at its line, in a page and in a catalog."""
    shutil.copytree(ROOT / "docs", tmp_path / "docs", ignore=shutil.ignore_patterns("_ext", "_static"))
    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    page = tmp_path / "docs" / "async-signals.md"
    page.write_text(page.read_text() + "\nDjango 6.1 changed this.\n\nOlder versions did not.\n")
    catalog = tmp_path / "locale" / "fa" / "LC_MESSAGES" / "async-signals.po"
    catalog.write_text(catalog.read_text() + '\nmsgid "x"\nmsgstr "در جنگو ۶٫۱ این تغییر کرد."\n')
    lines = len(page.read_text().splitlines())
    problems = vc.unmarked(tmp_path)
    assert f"docs/async-signals.md:{lines - 2}: 'Django 6.1'" in "\n".join(problems)
    assert f"docs/async-signals.md:{lines}: 'Older versions'" in "\n".join(problems)
    assert any(p.startswith("locale/fa/LC_MESSAGES/async-signals.po:") and "۶٫۱" in p for p in problems)


def test_unmarked_ignores_code_and_marked_claims():
    text = "```python\nif django.VERSION >= (6, 1): pass  # 6.1\n```\n`Django 6.1` and {django}`6.1+ <a.py::test_b>`.\n"
    assert vc.unmarked_in_text(text) == []
    assert vc.unmarked_in_text("On 5.2 it differs.\n") == [(1, "5.2")]
    assert vc.unmarked_in_text("Works on Django 6.\nDjango 5.x is old.\nDjango is great.\n") == [
        (1, "Django 6"), (2, "Django 5.x"),
    ]  # fmt: skip


JUNIT = """<testsuites><testsuite>
<testcase classname="tests.app.test_mod" name="test_ok" file="tests/app/test_mod.py"/>
<testcase classname="tests.app.test_mod" name="test_skipped" file="tests/app/test_mod.py"><skipped/></testcase>
<testcase classname="tests.app.test_mod.TestGroup" name="test_in[1]" file="tests/app/test_mod.py"/>
</testsuite></testsuites>"""


def test_matrix_reports_show_what_passed():
    assert vc.passed_in_junit(JUNIT) == {"tests/app/test_mod.py::test_ok", "tests/app/test_mod.py::TestGroup::test_in"}


def test_matrix_check_fails_on_a_test_skipped_at_run_time(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "p.md").write_text(
        "A {django}`* <tests/app/test_mod.py::test_ok>` B\n\nC {django}`6.1+ <tests/app/test_mod.py::test_skipped>`\n"
    )
    report = tmp_path / "junit.xml"
    report.write_text(JUNIT)
    assert vc.check_matrix(tmp_path, {"6.1.3": report}) == [
        "docs/p.md:3: tests/app/test_mod.py::test_skipped did not pass on Django 6.1.3 (the claim '6.1+' covers it)"
    ]
    assert vc.check_matrix(tmp_path, {"5.2.19": report}) == []  # 6.1+ does not cover 5.2
