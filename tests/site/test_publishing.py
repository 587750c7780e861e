"""Publishing: the hosting configs build with the project's own targets, and the
built site works wherever it is mounted (Read the Docs serves it under
/en/latest/, GitHub Pages under /<repository>/).
"""

import json
import os
import re
import runpy
import shlex
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml

from sitepaths import ROOT

READTHEDOCS = ROOT / ".readthedocs.yaml"
WORKFLOW = ROOT / ".github" / "workflows" / "docs.yml"
CI_SCRIPT = ROOT / ".ci" / "run"


def load(path: Path) -> dict:
    with path.open(encoding="utf-8") as stream:
        return yaml.safe_load(stream)


ENV_PREFIX = re.compile(r"""^(?:[A-Z_][A-Z0-9_]*=(?:"[^"]*"|'[^']*'|\S*)\s+)*""")


def is_make(command: str) -> bool:
    """``make ...``, possibly after environment assignments (``DOCS_BASE_URL=... make dist``)."""
    return ENV_PREFIX.sub("", command).startswith("make ")


def make_targets(command: str) -> list[str]:
    """The targets of a ``make`` command line (variables such as BUILDDIR=x left out)."""
    words = shlex.split(ENV_PREFIX.sub("", command), posix=True)
    assert words[0] == "make", f"not a make command: {command!r}"
    return [w for w in words[1:] if "=" not in w and not w.startswith("-")]


def assert_make_knows(command: str, where: str) -> None:
    for target in make_targets(command) or ["help"]:
        dry_run = subprocess.run(["make", "-n", "-C", str(ROOT), target], capture_output=True, text=True)
        assert dry_run.returncode == 0, (
            f"{where}: `{command}` names '{target}', which the Makefile lacks: {dry_run.stderr}"
        )


# --- the configs are valid for the services that read them -----------------------

# check-jsonschema ships the services' schemas (vendored from Read the Docs and
# SchemaStore), so this needs no network.
SCHEMAS = {
    READTHEDOCS: "vendor.readthedocs",
    WORKFLOW: "vendor.github-workflows",
    ROOT / ".github" / "dependabot.yml": "vendor.dependabot",
}


def check_schema(path: Path, schema: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, str(path)]
    return subprocess.run(command, capture_output=True, text=True)


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda p: p.name)
def test_config_matches_the_services_schema(path):
    result = check_schema(path, SCHEMAS[path])
    assert result.returncode == 0, f"{path.relative_to(ROOT)} is invalid:\n{result.stdout}{result.stderr}"


def test_the_schema_check_rejects_a_broken_config(tmp_path):
    broken = tmp_path / "readthedocs.yaml"
    broken.write_text(READTHEDOCS.read_text().replace("ubuntu-24.04", "ubuntu-9.04"))
    result = check_schema(broken, "vendor.readthedocs")
    assert result.returncode != 0 and "ubuntu-9.04" in result.stdout


# --- Read the Docs ----------------------------------------------------------------


def test_readthedocs_config_builds_with_the_projects_targets():
    config = load(READTHEDOCS)
    assert config["version"] == 2
    build = config["build"]
    assert build["os"] == "ubuntu-24.04"
    assert str(build["tools"]["python"]) == "3.13"
    # build.commands replaces RTD's own steps: no `sphinx:` or `python.install` may linger.
    assert "sphinx" not in config and "python" not in config
    commands = build["commands"]
    makes = [c for c in commands if is_make(c)]
    assert makes, f"{READTHEDOCS.name}: the site must be built by make, not by hand"
    for command in makes:
        assert_make_knows(command, READTHEDOCS.name)
    others = [c for c in commands if not is_make(c) and c != PRINTER_INSTALL]
    assert all(re.match(r"(mkdir|cp) ", c) for c in others), f"only make, mkdir and cp may run: {others}"
    assert not [c for c in commands if "pip " in c], "make installs the pinned requirements; no other pip call"
    assert any('_build/html/. "$READTHEDOCS_OUTPUT/html/"' in c for c in commands)
    # RTD's downloads (one file a format): the offline zip and a PDF, both from make downloads
    assert 'cp _build/html/downloads/django-signals-*[0-9].zip "$READTHEDOCS_OUTPUT/htmlzip/"' in commands
    assert 'cp _build/html/downloads/django-signals-*-en.pdf "$READTHEDOCS_OUTPUT/pdf/"' in commands
    # the address conf.py needs for canonical links, the sitemap and the 404 page
    assert any("DOCS_BASE_URL=" in c and "DOCS_URL_PREFIX=" in c for c in makes)
    assert 'cp _build/html/en/404.html "$READTHEDOCS_OUTPUT/html/404.html"' in commands


#: Playwright's own headless Chromium, at the version the pinned Playwright drives: the PDFs'
#: printer where no Debian package is at hand (Read the Docs' Ubuntu has only a snap stub).
PRINTER_INSTALL = ".venv/bin/python -m playwright install --only-shell chromium"


def test_readthedocs_builds_everything_a_local_build_has():
    """Node for the Run buttons' runtime, a browser for the PDFs, and every download."""
    build = load(READTHEDOCS)["build"]
    engines = json.loads((ROOT / "package.json").read_text())["engines"]["node"]
    oldest = int(re.match(r">=\s*(\d+)", engines)[1])
    assert int(build["tools"].get("nodejs", 0)) >= oldest, f"build.tools.nodejs must satisfy package.json's {engines}"
    commands = build["commands"]
    assert commands.index("make venv") < commands.index(PRINTER_INSTALL), "Playwright comes from the venv"
    (site,) = [c for c in commands if is_make(c) and "downloads" in make_targets(c)]
    assert 'CHROMIUM="$(ls -d $HOME/.cache/ms-playwright/' in site, "make pdf must print with the installed browser"
    assert "libnss3" in build["apt_packages"], "the headless Chromium's libraries"


def test_a_hosted_build_is_as_strict_as_ci(tmp_path):
    """READTHEDOCS=True exports CI=true to every recipe, so a missing runtime fails the build
    (scripts/build_runtime.py, examples/runnable.py) instead of dropping the Run buttons."""
    probe = tmp_path / "probe.mk"
    probe.write_text("probe:\n\t@echo CI=$$CI\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in {"CI", "READTHEDOCS"}}

    def ci_seen(*assignments: str) -> str:
        command = ["make", "-s", "-C", str(ROOT), "-f", "Makefile", "-f", str(probe), "probe", *assignments]
        result = subprocess.run(command, capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    assert ci_seen("READTHEDOCS=True") == "CI=true"
    assert ci_seen() == "CI=", "a local build keeps its lenient defaults"


def test_downloads_publishes_both_pdfs_and_both_zips():
    dry_run = subprocess.run(
        ["make", "-n", "--no-print-directory", "-C", str(ROOT), "-o", "html", "-o", "pdf", "-o", "dist", "downloads"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert dry_run.returncode == 0, dry_run.stderr
    copy = " ".join(dry_run.stdout.replace("\\\n", " ").split())
    copied = copy[copy.index("cp ") :].split()[1:]
    assert copied[-1].endswith("html/downloads/")
    names = {Path(p).name for p in copied[:-1]}
    from signals_docs.site import LANGUAGES, RELEASE

    expected = {f"django-signals-{RELEASE}.zip", "django-signals-examples.zip"}
    assert names == expected | {f"django-signals-{RELEASE}-{lang}.pdf" for lang in LANGUAGES}


def test_the_addresses_the_hosting_configs_pass_reach_the_build(monkeypatch):
    # Both hosting configs set DOCS_BASE_URL and DOCS_URL_PREFIX; conf.py must build
    # canonical links, the sitemap and the 404 page's links from them.
    monkeypatch.setenv("DOCS_BASE_URL", "https://example.org/signals")
    monkeypatch.setenv("DOCS_URL_PREFIX", "/signals")
    conf = runpy.run_path(str(ROOT / "conf.py"))
    assert (conf["BASE_URL"], conf["URL_PREFIX"]) == ("https://example.org/signals/", "/signals/")


def test_the_settings_the_hosting_configs_pass_are_read():
    # The addresses come from signals_docs.site (conf.py and the scripts read them there).
    from signals_docs import site

    env = {"DOCS_BASE_URL": "https://example.org/signals", "DOCS_URL_PREFIX": "/signals"}
    assert site.base_url(env) == "https://example.org/signals/"
    assert site.url_prefix(env) == "/signals/"
    assert site.base_url({}).endswith("/") and site.url_prefix({}) == "/"


# --- GitHub Actions ---------------------------------------------------------------


def workflow_steps() -> list[dict]:
    return [step for job in load(WORKFLOW)["jobs"].values() for step in job.get("steps", [])]


def test_workflow_installs_what_the_tests_need_and_runs_the_projects_targets():
    runs = [step["run"] for step in workflow_steps() if "run" in step]
    install = next(r for r in runs if "apt-get install" in r)
    for package in ("chromium", "chromium-headless-shell", "gettext", "python3-venv", "make", "git"):
        assert re.search(rf"\b{package}\b", install), f"{WORKFLOW.name}: apt-get install lacks {package}"
    for run in runs:
        for line in (line.strip() for line in run.splitlines()):
            if line.startswith("make "):
                assert_make_knows(line, WORKFLOW.name)
            elif line.startswith("bash .ci/"):
                assert (ROOT / line.split()[1]).is_file()
    assert "bash .ci/run" in runs, "every CI run goes through .ci/run"
    assert "pip install" not in "\n".join(runs), "make installs the pinned requirements; no other pip call"


def test_ci_runs_every_gate_with_the_commands_the_readme_gives(tmp_path):
    """Run .ci/run with a ``make`` (and system tools) that only record how they were called."""
    log = tmp_path / "calls"
    for tool in ("make", "apt-get", "msgfmt", "chromium", "chromium-headless-shell", "npm"):
        fake = tmp_path / tool
        fake.write_text(f'#!/bin/sh\necho "{tool} $* CI=$CI" >> "{log}"\n', encoding="utf-8")
        fake.chmod(0o755)
    env = {**os.environ, "PATH": f"{tmp_path}:{os.environ['PATH']}"}
    env.pop("CI", None)
    result = subprocess.run(["bash", str(CI_SCRIPT)], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    makes = [line for line in log.read_text().splitlines() if line.startswith("make ")]
    assert makes == ["make test CI=true", "make test-matrix CI=true", "make mutation CI=true"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in ("make test", "make test-matrix", "make mutation"):
        assert re.search(rf"^{command}\b", readme, re.M), f"README.md does not give `{command}`, which CI runs"


def test_workflow_publishes_the_whole_site_with_the_official_pages_actions():
    workflow = load(WORKFLOW)
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert "push" in triggers and "pull_request" in triggers
    uses = {step["uses"].split("@")[0]: step for step in workflow_steps() if "uses" in step}
    for action in (
        "actions/checkout",
        "actions/configure-pages",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
    ):
        assert action in uses, f"{WORKFLOW.name} does not use {action}"
        assert re.fullmatch(r"v\d+|[0-9a-f]{40}", uses[action]["uses"].split("@")[1]), "pin each action to a version"
    assert uses["actions/upload-pages-artifact"]["with"]["path"] == "_build/html"
    pages_build = next(step for step in workflow_steps() if step.get("name") == "Build for the Pages address")
    assert set(pages_build["env"]) == {"DOCS_BASE_URL", "DOCS_URL_PREFIX"}
    # the published site carries its downloads, built as strictly as the tests ran (CI=true)
    assert "make downloads" in pages_build["run"]
    assert workflow["jobs"]["build"]["env"]["CI"] == "true"
    assert "steps.pages.outputs.base_path" in pages_build["env"]["DOCS_URL_PREFIX"]
    assert "cp _build/html/en/404.html _build/html/404.html" in pages_build["run"]
    deploy = workflow["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert "refs/heads/main" in deploy["if"], "pull requests are tested, never deployed"


# --- works from any sub-path --------------------------------------------------------

ROOT_ABSOLUTE = re.compile(r"""(?:\b(?:href|src|action|poster|data)\s*=\s*["']|url\(\s*["']?)/(?!/)""")


@pytest.mark.build
def test_no_built_file_uses_a_root_absolute_url(html_root):
    problems = []
    for path in sorted(html_root.rglob("*")):
        if path.suffix not in {".html", ".js", ".css"} or not path.is_file():
            continue
        if path.name == "404.html":
            # A 404 page is served at whatever URL was missing, so only absolute
            # links work there; conf.py builds them from the prefix the host sets.
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            for match in ROOT_ABSOLUTE.finditer(line):
                snippet = line[max(0, match.start() - 20) : match.end() + 40].strip()
                problems.append(f"{path.relative_to(html_root)}:{number}: {snippet}")
    assert not problems, "URLs that break under a sub-path (write them relative):\n" + "\n".join(problems[:20])


def test_the_root_absolute_check_catches_what_it_should():
    for bad in ('<a href="/en/">', "<img src='/logo.png'>", "url(/fonts/a.woff2)", 'url("/x.css")'):
        assert ROOT_ABSOLUTE.search(bad), bad
    for good in (
        '<a href="../en/">',
        '<a href="https://docs.djangoproject.com/">',
        'src="//cdn"',
        "url(fonts/a.woff2)",
    ):
        # protocol-relative and absolute URLs are the self-contained check's business (test_links)
        assert not ROOT_ABSOLUTE.search(good), good


# --- authoring: make livehtml ---------------------------------------------------------


def test_livehtml_builds_the_asked_language_and_watches_examples_and_catalogs():
    dry_run = subprocess.run(
        ["make", "-n", "-C", str(ROOT), "livehtml", "SPHINX_LANG=fa"], capture_output=True, text=True
    )
    assert dry_run.returncode == 0, dry_run.stderr
    recipe = dry_run.stdout.replace("\\\n", " ")  # join the recipe's continued lines
    command = next(line for line in recipe.splitlines() if "sphinx-autobuild" in line)
    assert "-D language=fa" in command
    for watched in ("examples", "tests", "locale", "docs/_ext", "conf.py"):
        assert f"--watch {watched}" in command
    # the build compiles .po to .mo: watching those would rebuild forever
    assert ".mo" in command and "__pycache__" in command


@pytest.mark.slow
def test_livehtml_serves_the_site_and_stops_cleanly(tmp_path):
    env = {**os.environ, "VERIFY_EXAMPLES": "0", "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        ["make", "-C", str(ROOT), "livehtml", f"BUILDDIR={tmp_path}", "PORT=0"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, start_new_session=True,
    )  # fmt: skip
    try:
        url, seen = None, []
        deadline = time.monotonic() + 240
        while url is None and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            seen.append(line)
            found = re.search(r"Serving on (http://\S+)", re.sub(r"\x1b\[[0-9;]*m", "", line))
            url = found and found.group(1)
        assert url, "sphinx-autobuild never said where it serves:\n" + "".join(seen[-30:])
        html = ""
        while not html and time.monotonic() < deadline:  # "Serving on" comes just before the server listens
            try:
                with urllib.request.urlopen(url.rstrip("/") + "/index.html", timeout=30) as response:
                    html = response.read().decode()
            except urllib.error.URLError:
                time.sleep(0.5)
        assert 'lang="en"' in html and "examples-download" in html
    finally:
        os.killpg(process.pid, signal.SIGTERM)  # the session started above: make and its children
        process.wait(timeout=30)
        process.stdout.close()
