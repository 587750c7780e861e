"""scripts/unless_unchanged.py: `make html` skips a language (or the doctests) only when nothing it
reads changed since it last passed, and builds again on any change, on a failure or a damaged output.

Each test runs the script in a tiny git checkout on a step that counts its runs.
"""

import os
import re
import subprocess

import pytest

import site_root
import unless_unchanged
from sitepaths import ROOT

#: The step: counts its runs in runs.log, writes out/page.html, exits with $STEP_EXIT (0).
STEP = ["sh", "-c", "echo run >> runs.log; mkdir -p out; echo page > out/page.html; exit ${STEP_EXIT:-0}"]


def git(checkout, *args):
    subprocess.run(["git", "-C", str(checkout), *args], check=True, capture_output=True)


@pytest.fixture
def checkout(tmp_path):
    root = tmp_path / "checkout"
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "index.md").write_text("# Home\n")
    (root / ".gitignore").write_text("/out/\n/stamps/\nruns.log\n")
    (root / "manifest.json").write_text("{}")  # stands for the runtime's, outside git
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "one")
    return root


def step(checkout, env=None, command=STEP):
    """Run the step through the script (in this process, in ``checkout``); its exit status, its
    message and the number of times the step has run so far."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(checkout)
        for name, value in (env or {}).items():
            patch.setenv(name, value)
        status = unless_unchanged.main(["stamps/step.json", "out", "--input", "manifest.json", "--", *command])
    log = checkout / "runs.log"
    return status, (log.read_text().count("run") if log.exists() else 0)


def test_a_second_run_with_nothing_changed_skips_the_step_and_says_so(checkout, capsys):
    assert step(checkout) == (0, 1)
    capsys.readouterr()
    assert step(checkout) == (0, 1)
    assert "out: nothing it is built from changed since it was built" in capsys.readouterr().out


@pytest.mark.parametrize(
    "change",
    [
        lambda c: (c / "docs" / "index.md").write_text("# Home, edited\n"),  # a tracked file
        lambda c: (c / "docs" / "new.md").write_text("# New\n"),  # a file git does not track yet
        lambda c: (c / "docs" / "index.md").unlink(),
        lambda c: (c / "manifest.json").write_text('{"stamp": "other"}'),  # an --input outside git
        lambda c: (c / "manifest.json").unlink(),
        lambda c: git(c, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "--allow-empty", "-m", "two"),
        lambda c: (c / "out" / "page.html").write_text("edited output"),
        lambda c: (c / "out" / "page.html").unlink(),
        lambda c: (c / "out" / "stray.html").write_text(""),
    ],
    ids=["edited", "untracked", "deleted", "input", "input-gone", "commit", "output-edited", "output-gone", "stray"],
)
def test_any_change_runs_the_step_again(checkout, change):
    step(checkout)
    change(checkout)
    assert step(checkout)[1] == 2
    assert step(checkout)[1] == 2  # and then it holds again


def test_the_environment_the_build_reads_and_the_command_are_inputs(checkout):
    step(checkout, {"DOCS_BASE_URL": "https://one.example/"})
    assert step(checkout, {"DOCS_BASE_URL": "https://one.example/", "UNRELATED": "x"})[1] == 1
    assert step(checkout, {"DOCS_BASE_URL": "https://two.example/"})[1] == 2
    assert step(checkout, {"DOCS_BASE_URL": "https://two.example/"}, [*STEP, "-W"])[1] == 3


def test_a_failed_step_leaves_no_stamp_and_runs_again(checkout):
    step(checkout)
    (checkout / "docs" / "index.md").write_text("# Broken\n")
    assert step(checkout, {"STEP_EXIT": "1"}) == (1, 2)
    assert not (checkout / "stamps" / "step.json").exists()
    assert step(checkout, {"STEP_EXIT": "1"})[1] == 3
    # Back to the inputs of the passed run: the failed runs wrote over its output, so it runs.
    (checkout / "docs" / "index.md").write_text("# Home\n")
    assert step(checkout)[1] == 4


def test_clean_empties_the_output_before_the_step_runs_only(checkout):
    step(checkout)
    (checkout / "out" / "left-by-an-earlier-run.pot").write_text("")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(checkout)
        assert unless_unchanged.main(["stamps/step.json", "out", "--clean", "--", *STEP]) == 0
        assert [p.name for p in (checkout / "out").iterdir()] == ["page.html"]
        assert unless_unchanged.main(["stamps/step.json", "out", "--clean", "--", *STEP]) == 0  # unchanged: not run
    assert (checkout / "out" / "page.html").is_file()
    assert (checkout / "runs.log").read_text().count("run") == 2


def test_a_copy_of_the_sources_that_is_not_a_checkout_always_runs(checkout):
    copy = checkout / "docs" / "copy"  # inside a checkout, as a snapshot in _build would be
    copy.mkdir()
    (copy / "manifest.json").write_text("{}")
    assert [step(copy)[1] for _ in range(2)] == [1, 2]


#: Where the build's code reads an environment variable: os.environ["X"], environ.get("X"), getenv("X").
READS = re.compile(r"""(?:environ\)?(?:\.get|\.setdefault)?\(?\[?|getenv\()\s*["']([A-Z][A-Z0-9_]*)["']""")


def test_every_environment_variable_the_build_reads_is_an_input():
    sources = [ROOT / "conf.py", *sorted((ROOT / "docs" / "_ext").rglob("*.py"))]
    read = {name for path in sources for name in READS.findall(path.read_text(encoding="utf-8"))}
    assert {"DOCS_BASE_URL", "SOURCE_DATE_EPOCH", "CI"} <= read  # the pattern finds them
    missing = read - set(unless_unchanged.ENVIRONMENT)
    assert not missing, f"add to unless_unchanged.ENVIRONMENT what the build reads: {sorted(missing)}"


def test_make_html_runs_the_doctests_and_each_language_through_it():
    result = subprocess.run(["make", "-C", str(ROOT), "-n", "html"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    commands = result.stdout.replace("\\\n", " ").splitlines()
    builds = [line for line in commands if "sphinx-build" in line]
    assert {re.search(r"-b (\w+)", line)[1] for line in builds} == {"doctest", "html"}
    assert builds and all("scripts/unless_unchanged.py" in line.split("sphinx-build")[0] for line in builds), builds


def test_the_site_root_leaves_a_language_folder_as_it_was_when_nothing_changed(tmp_path):
    """scripts/site_root.py runs after every language (built or skipped) and writes a sitemap into
    each: rewriting the same text would make the next `make html` build the language again."""
    sitemap = tmp_path / "sitemap.xml"
    site_root.write(sitemap, "<urlset/>")
    os.utime(sitemap, ns=(1, 1))
    site_root.write(sitemap, "<urlset/>")
    assert sitemap.stat().st_mtime_ns == 1
    site_root.write(sitemap, "<urlset>new</urlset>")
    assert sitemap.read_text() == "<urlset>new</urlset>"
