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
"""

from __future__ import annotations

import ast
import functools
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.locale import get_translation
from sphinx.util import logging
from sphinx.util.docutils import SphinxRole

from signals_docs.site import DJANGO_SERIES, ROOT, DjangoSeries, supported_django

_ = get_translation("signals_docs")
logger = logging.getLogger(__name__)

Key = tuple[int, int]
# Names of the shared markers in tests/utils.py, and the bound each one sets.
MARKERS = {"django_from": "low", "django_before": "high"}
_SERIES = r"\d+\.\d+"
SPEC = re.compile(rf"^(?:(?P<all>\*)|(?P<low>{_SERIES})(?:(?P<plus>\+)|-(?P<high>{_SERIES}))?)$")
ROLE = re.compile(r"\{django\}`(?P<body>[^`]*)`")
BODY = re.compile(r"^\s*(?P<spec>\S+)\s*<(?P<test>[^<>\s]+)>\s*$")


class ClaimError(ValueError):
    """A claim, or the test it names, that the build refuses."""


def key(series: str) -> Key:
    major, minor = series.split(".")
    return int(major), int(minor)


@dataclass(frozen=True)
class VersionRange:
    """Django release series from ``low`` to ``high``, both included (None: open)."""

    low: Key | None = None
    high: Key | None = None
    spec: str = "*"

    @classmethod
    def parse(cls, spec: str) -> VersionRange:
        match = SPEC.match(spec)
        if not match:
            raise ClaimError(f"{spec!r} is not a Django version range: write 6.1, 6.1+, 5.2-6.0 or *")
        if match["all"]:
            return cls(spec="*")
        low = key(match["low"])
        if match["plus"]:
            return cls(low, None, spec)
        high = key(match["high"]) if match["high"] else low
        if high < low:
            raise ClaimError(f"{spec!r}: the range ends before it starts")
        return cls(low, high, spec)

    def __contains__(self, version: Key) -> bool:
        return (self.low is None or version >= self.low) and (self.high is None or version <= self.high)

    def series(self, supported: tuple[DjangoSeries, ...]) -> tuple[DjangoSeries, ...]:
        return tuple(s for s in supported if s.key in self)


# --- reading the tests -----------------------------------------------------------


def _marker_call(node: ast.expr, aliases: dict[str, ast.expr]) -> ast.Call | None:
    if isinstance(node, ast.Name) and node.id in aliases:
        return _marker_call(aliases[node.id], aliases)
    return node if isinstance(node, ast.Call) else None


def _call_name(node: ast.expr) -> str:
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def _skip_like(node: ast.expr) -> bool:
    return _call_name(node) in {"skip", "skipif", "xfail"} or (
        isinstance(node, ast.Attribute) and node.attr in {"skip", "xfail"}
    )


def _apply(markers: list[ast.expr], aliases: dict[str, ast.expr], where: str) -> VersionRange:
    low: Key | None = None
    high: Key | None = None
    for marker in markers:
        call = _marker_call(marker, aliases)
        name = _call_name(call) if call is not None else ""
        if name in MARKERS:
            arg = call.args[0] if call.args else None
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str) and re.fullmatch(_SERIES, arg.value)):
                raise ClaimError(f"{where}: {name}() needs a release series as a string, e.g. {name}(\"6.1\", reason=...)")
            if arg.value not in {s.series for s in DJANGO_SERIES}:
                raise ClaimError(f"{where}: {name}({arg.value!r}): {arg.value} is not a series of signals_docs.site")
            if name == "django_from":
                low = max(low or (0, 0), key(arg.value))
            else:  # django_before("6.1"): runs on the series before 6.1
                major, minor = key(arg.value)
                below = (major, minor - 1) if minor else (major - 1, 99)
                high = min(high or (99, 99), below)
        elif call is not None and _skip_like(call) or _skip_like(marker):
            raise ClaimError(
                f"{where} carries a skip/skipif/xfail marker the build cannot read: "
                "use django_from()/django_before() from tests/utils.py"
            )
    return VersionRange(low, high, "markers")


def _markers(node: ast.expr | None) -> list[ast.expr]:
    if node is None:
        return []
    return list(node.elts) if isinstance(node, (ast.List, ast.Tuple)) else [node]


@functools.lru_cache(maxsize=256)
def _parse(path: Path, mtime: float) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def runs_on(root: Path, test: str) -> VersionRange:
    """The series ``tests/x.py::[Class::]name`` runs on, from its version markers.

    Raises ClaimError when the file or the test does not exist or carries a skip
    marker the build cannot read.
    """
    file, _sep, name = test.partition("::")
    if not name:
        raise ClaimError(f"{test!r}: name the test as <path>::<test function>")
    path = root / file
    if not path.is_file():
        raise ClaimError(f"{file} does not exist")
    module = _parse(path, path.stat().st_mtime)
    aliases: dict[str, ast.expr] = {}
    markers: list[ast.expr] = []
    for stmt in module.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            if stmt.targets[0].id == "pytestmark":
                markers += _markers(stmt.value)
            else:
                aliases[stmt.targets[0].id] = stmt.value
    scope: list[ast.stmt] = module.body
    *classes, function = [part.split("[")[0] for part in name.split("::")]
    for cls_name in classes:
        cls = next((s for s in scope if isinstance(s, ast.ClassDef) and s.name == cls_name), None)
        if cls is None:
            raise ClaimError(f"{file} has no class {cls_name}")
        markers += cls.decorator_list
        for stmt in cls.body:
            if isinstance(stmt, ast.Assign) and any(getattr(t, "id", "") == "pytestmark" for t in stmt.targets):
                markers += _markers(stmt.value)
        scope = cls.body
    func = next(
        (s for s in scope if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)) and s.name == function), None
    )
    if func is None or not function.startswith("test"):
        raise ClaimError(f"{file} has no test {'::'.join([*classes, function])}")
    return _apply(markers + func.decorator_list, aliases, f"{file}::{name}")


def check_claim(spec: str, test: str, root: Path, supported: tuple[DjangoSeries, ...]) -> VersionRange:
    """Check one claim; return its range. Raises ClaimError with the reason."""
    claimed = VersionRange.parse(spec)
    covered = claimed.series(supported)
    if not covered:
        names = ", ".join(s.series for s in supported)
        raise ClaimError(f"{spec!r} covers no supported Django ({names}): update or drop the claim")
    runs = runs_on(root, test)
    skipped = [s.series for s in covered if s.key not in runs]
    if skipped:
        raise ClaimError(f"{test} is skipped on Django {', '.join(skipped)}, which the claim {spec!r} covers")
    return claimed


# --- the role --------------------------------------------------------------------


class django_version(nodes.inline):
    """One version number, isolated left to right (``<bdi dir="ltr">``)."""


class django_claim(nodes.inline):
    """A version claim; the HTML title names the test that pins it."""


def _words(claimed: VersionRange | None, supported: tuple[DjangoSeries, ...]) -> tuple[str, list[str]]:
    """A label with ``{}`` where the versions go, and the version strings to put there."""
    if claimed is None:  # {django}`supported`
        versions = [f"{s.series} LTS" if s.lts else s.series for s in supported]
        return _("Django {}"), versions
    if claimed.low is not None and claimed.high is None:
        return _("Django {} and later"), ["{}.{}".format(*claimed.low)]
    if claimed.low is not None and claimed.low == claimed.high:
        return _("Django {}"), ["{}.{}".format(*claimed.low)]
    return _("Django {}"), [s.series for s in claimed.series(supported)]


def _version_nodes(versions: list[str]) -> list[nodes.Node]:
    out: list[nodes.Node] = []
    for i, version in enumerate(versions):
        if i:
            out.append(nodes.Text(_(" and ") if i == len(versions) - 1 else _(", ")))
        out.append(django_version(version, version, classes=["django-version"]))
    return out


class DjangoRole(SphinxRole):
    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        supported = supported_django()
        body = self.text.strip()
        try:
            if body == "supported":
                claimed, test = None, ""
            else:
                match = BODY.match(body)
                if not match:
                    raise ClaimError(
                        f"{body!r}: write {{django}}`<range> <tests/<app>/test_<mod>.py::test_name>`"
                        " (range: 6.1, 6.1+, 5.2-6.0 or *), or {django}`supported`"
                    )
                test = match["test"]
                claimed = check_claim(match["spec"], test, Path(self.config.version_claims_root), supported)
        except ClaimError as error:
            logger.error("version claim: %s", error, location=self.get_location(), type="version_claims")
            return [nodes.inline(body, body, classes=["django-claim", "broken"])], []
        label, versions = _words(claimed, supported)
        before, _sep, after = label.partition("{}")
        node = django_claim("", classes=["django-claim"])
        node["pinned_by"] = test
        node += nodes.Text(before)
        node.extend(_version_nodes(versions))
        node += nodes.Text(after)
        self.set_source_info(node)
        return [node], []


def _visit_version(self, node: nodes.Element) -> None:
    self.body.append(self.starttag(node, "bdi", "", dir="ltr"))


def _depart_version(self, node: nodes.Element) -> None:
    self.body.append("</bdi>")


def _visit_claim(self, node: nodes.Element) -> None:
    title = {"title": _("pinned by {}").format(node["pinned_by"])} if node.get("pinned_by") else {}
    self.body.append(self.starttag(node, "span", "", **title))


def _depart_claim(self, node: nodes.Element) -> None:
    self.body.append("</span>")


# Builders other than HTML render both nodes as the plain inline they subclass.
_AS_INLINE = (lambda self, node: self.visit_inline(node), lambda self, node: self.depart_inline(node))
_OTHER_BUILDERS = {builder: _AS_INLINE for builder in ("latex", "text", "man", "texinfo")}


# --- whole-tree checks (command line and tests) ----------------------------------


@dataclass(frozen=True)
class Claim:
    file: Path
    line: int
    spec: str
    test: str


def claims_in(path: Path) -> list[Claim]:
    """Every ``{django}`spec <test>``` in a page or a catalog's msgstr (with line numbers)."""
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        for role in ROLE.finditer(line):
            match = BODY.match(role["body"].replace('\\"', '"'))
            if match:
                found.append(Claim(path, number, match["spec"], match["test"]))
    return found


def _claim_files(root: Path) -> list[Path]:
    return sorted(root.glob("docs/**/*.md")) + sorted(root.glob("locale/*/LC_MESSAGES/*.po"))


# A Django version named in prose: any "Django X.Y", any supported series, the words
# that date a behaviour. Persian: the same numbers in Persian digits, and the words.
_PATTERNS = [
    r"\bDjango\s+\d+(?:\.\d+|\.x)?\b",
    r"(?<![\w.])(?:{series})(?![\w.]*\d)",
    r"\bLTS\b",
    r"\b(?:older|newer|earlier|later|previous) (?:Django )?(?:versions?|releases?)\b",
    r"\bsince (?:Django|version)\b",
    r"جنگو\s*[0-9۰-۹]+(?:[.٫][0-9۰-۹]+)?",
    r"نسخه‌های (?:قدیمی‌تر|پیشین|جدیدتر|تازه‌تر)",
]


def _unmarked_pattern(supported: tuple[DjangoSeries, ...]) -> re.Pattern[str]:
    persian = str.maketrans("0123456789.", "۰۱۲۳۴۵۶۷۸۹٫")
    numbers = [s.series for s in DJANGO_SERIES] + [s.series.translate(persian) for s in DJANGO_SERIES]
    series = "|".join(re.escape(n) for n in numbers)
    return re.compile("|".join(p.replace("{series}", series) for p in _PATTERNS), re.IGNORECASE)


_STRIP = [
    re.compile(r"\{django\}`[^`]*`"),  # marked claims
    re.compile(r"\{\w+\}`[^`<]*<[^`>]*>`"),  # roles with targets: keep nothing (targets are URLs, labels)
    re.compile(r"``[^`]+``|`[^`]+`"),  # code
    re.compile(r"https?://\S+"),
]


CODE_DIRECTIVES = {"code-block", "code", "sourcecode", "literalinclude", "doctest", "testcode", "testoutput", "mermaid"}


def unmarked_in_text(text: str, *, catalog: bool = False) -> list[tuple[int, str]]:
    """(line, excerpt) of each version named without the role, in a page or a catalog's msgstr."""
    pattern = _unmarked_pattern(DJANGO_SERIES)
    found: list[tuple[int, str]] = []
    fence: str | None = None
    prose_fences: list[str] = []
    in_msgstr = False
    for number, line in enumerate(text.splitlines(), 1):
        if catalog:
            if line.startswith("msgstr"):
                in_msgstr = True
            elif not line.startswith('"'):
                in_msgstr = False
            if not in_msgstr:
                continue
        else:
            opening = re.match(r"^\s*(`{3,}|:{3,}|~{3,})\s*(?:\{([\w:-]+)\})?", line)
            if fence:  # inside code: skip to its closing fence
                fence = None if line.strip() == fence else fence
                continue
            if opening and opening[2] and opening[2] not in CODE_DIRECTIVES:
                prose_fences.append(opening[1])  # an admonition, a figure: its body is prose
                continue
            if opening and not opening[2] and prose_fences and line.strip() == prose_fences[-1]:
                prose_fences.pop()
                continue
            if opening:
                fence = opening[1]
                continue
        prose = line
        for strip in _STRIP:
            prose = strip.sub(" ", prose)
        hit = pattern.search(prose)
        if hit:
            found.append((number, hit.group(0)))
    return found


def unmarked(root: Path = ROOT) -> list[str]:
    """``file:line: excerpt`` for each unmarked version claim under docs/ and locale/."""
    problems = []
    for path in _claim_files(root):
        for line, excerpt in unmarked_in_text(path.read_text(encoding="utf-8"), catalog=path.suffix == ".po"):
            problems.append(f"{path.relative_to(root)}:{line}: {excerpt!r} names a Django version without {{django}}`...`")
    return problems


def passed_in_junit(xml_text: str) -> set[str]:
    """``path::[Class::]name`` of every test that passed (not skipped) in a JUnit report."""
    passed = set()
    for case in ET.fromstring(xml_text).iter("testcase"):
        if any(case.find(tag) is not None for tag in ("skipped", "failure", "error")):
            continue
        parts = case.get("classname", "").split(".")
        # xunit1/xunit2 classname: tests.app.test_mod[.Class]; the file attribute, when present, is exact.
        file = case.get("file")
        classes = []
        if file is None:
            while parts and not parts[-1].startswith("test_"):
                classes.insert(0, parts.pop())
            file = "/".join(parts) + ".py"
        else:
            module = Path(file).with_suffix("").as_posix().replace("/", ".")
            rest = case.get("classname", "")[len(module) :].strip(".")
            classes = rest.split(".") if rest else []
        name = case.get("name", "").split("[")[0]
        passed.add("::".join([Path(file).as_posix(), *classes, name]))
    return passed


def check_matrix(root: Path, reports: dict[str, Path]) -> list[str]:
    """Each claim's test must have passed on every reported version its claim covers.

    ``reports`` maps a Django version ("6.0.10") to its JUnit report.
    """
    passed = {version: passed_in_junit(path.read_text()) for version, path in reports.items()}
    problems = []
    for path in _claim_files(root):
        for claim in claims_in(path):
            claimed = VersionRange.parse(claim.spec)
            for version, tests in sorted(passed.items()):
                if key(".".join(version.split(".")[:2])) in claimed and claim.test not in tests:
                    problems.append(
                        f"{path.relative_to(root)}:{claim.line}: {claim.test} did not pass on Django {version}"
                        f" (the claim {claim.spec!r} covers it)"
                    )
    return problems


def _main(argv: list[str]) -> int:
    if argv[:1] == ["unmarked"] and len(argv) == 1:
        problems = unmarked()
    elif argv[:1] == ["check-matrix"] and len(argv) == 2:
        reports = {p.parent.name.removeprefix("django-"): p for p in sorted(Path(argv[1]).glob("django-*/junit.xml"))}
        if not reports:
            print(f"no reports in {argv[1]}/django-*/junit.xml: run make test-matrix", file=sys.stderr)
            return 1
        problems = check_matrix(ROOT, reports)
        if not problems:
            print(f"version claims: every claimed test passed on Django {', '.join(reports)}")
    else:
        print("usage: python -m signals_docs.examples.version_claims {unmarked | check-matrix <dir>}", file=sys.stderr)
        return 2
    print("\n".join(problems), file=sys.stderr if problems else sys.stdout)
    return 1 if problems else 0


def setup(app: Sphinx) -> dict:
    # The folder that test paths in claims are relative to (the repository root).
    app.add_config_value("version_claims_root", str(Path(app.confdir)), "env", str)
    app.add_node(django_version, html=(_visit_version, _depart_version), **_OTHER_BUILDERS)
    app.add_node(django_claim, html=(_visit_claim, _depart_claim), **_OTHER_BUILDERS)
    app.add_role("django", DjangoRole())
    app.setup_extension("signals_docs.i18n.labels")  # registers the "signals_docs" label catalog
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
