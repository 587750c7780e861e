"""Which Django release series a test runs on, read from its version markers.

``django_from``/``django_before`` (tests/utils.py) on the function, its class or the
module's ``pytestmark`` are read from the source with :mod:`ast`; a bare
``pytest.mark.skip``/``skipif``/``xfail`` on a claimed test is refused, since the build
cannot know which versions it skips.
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

from signals_docs.site import DJANGO_SERIES, DjangoSeries

from .spec import MARKERS, SERIES, ClaimError, Key, VersionRange, key


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
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str) and re.fullmatch(SERIES, arg.value)):
                raise ClaimError(
                    f'{where}: {name}() needs a release series as a string, e.g. {name}("6.1", reason=...)'
                )
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
