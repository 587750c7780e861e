"""Breaking edits a reader would make to a snippet, to prove its tests notice them.

``breaking_edits(source)`` reads a module with :mod:`ast` and returns, for each function
and method, the module with that function raising at its first line (``raise``), with its
body reduced to ``return None`` (``no-effect``), and, where it carries ``@receiver(...)``,
without that decorator (``no-decorator``). A module with no function (a signal's
definition, an admin registration) gets the edits a reader would make there instead: a
class's decorator dropped (``no-decorator``), a call's arguments dropped
(``Signal(use_caching=True)`` -> ``Signal()``, ``no-arguments``) or the value replaced
by ``None`` (``none``). Each edit changes the text, line by line, and
keeps everything else as the reader sees it (comments, formatting), so the browser can
show or run it as well. Pure and dependency-free: it runs in the site's Pyodide runtime.

``shown_snippets(docs)`` lists the example files the pages include (``literalinclude``).
``tests/site/test_breaking_edits.py`` applies every edit to every shown snippet and runs
its mirror test natively; a snippet whose tests notice none of its edits is named.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

#: The line a ``raise`` edit inserts (the name of the function is added).
RAISED = 'raise RuntimeError("breaking edit: {name}")'

_INCLUDE = re.compile(r"^```\{literalinclude\}\s+(?:\.\./)+examples/(\S+\.py)\s*$", re.M)


@dataclass(frozen=True)
class Edit:
    kind: str  # "raise", "no-effect" or "no-decorator"
    function: str  # "email_customer", "SignalCounter.receive"
    line: int  # the line of the function's ``def`` in the published source
    source: str  # the whole module, edited

    @property
    def label(self) -> str:
        return f"{self.kind} {self.function} (line {self.line})"


def _functions(tree: ast.Module):
    """Module-level functions and the methods of module-level classes, with their dotted names."""
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node.name, node
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    yield f"{node.name}.{item.name}", item


def _body_start(func: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[int, ast.stmt | None]:
    """Index of the first statement after a docstring, and that statement (None if there is none)."""
    body = func.body
    first = body[0]
    docstring = (
        isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str)
    )
    start = 1 if docstring else 0
    return start, body[start] if start < len(body) else None


def _is_receiver(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return (isinstance(target, ast.Name) and target.id == "receiver") or (
        isinstance(target, ast.Attribute) and target.attr == "receiver"
    )


def breaking_edits(source: str, definitions: bool = False) -> list[Edit]:
    """Every breaking edit of ``source``, in the order of the functions in the file.

    ``definitions=True`` adds the edits of definitions (see ``definition_edits``) to those
    of functions, for a box that shows a class without methods (``:pyobject: Profile``).
    """
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    edits = []
    for name, func in _functions(tree):
        if func.body[0].lineno == func.lineno:
            continue  # a one-line ``def f(): ...``: no line of its own to edit
        start, stmt = _body_start(func)
        indent = " " * func.body[0].col_offset
        # raise: a new first line (after the docstring, if any).
        at = _first_line(stmt) - 1 if stmt is not None else func.body[-1].end_lineno
        raised = f"{indent}{RAISED.format(name=name)}\n"
        edits.append(Edit("raise", name, func.lineno, "".join(lines[:at] + [raised] + lines[at:])))
        # no-effect: the body after the docstring becomes `return None`.
        if stmt is not None:
            first, last = _first_line(stmt), func.body[-1].end_lineno
            emptied = _replace_lines(lines, first, last, f"{indent}return None\n")
            edits.append(Edit("no-effect", name, func.lineno, emptied))
        # no-decorator: each @receiver(...) dropped, the reader's "I'll connect it later".
        for decorator in func.decorator_list:
            if _is_receiver(decorator):
                dropped = _replace_lines(lines, decorator.lineno, decorator.end_lineno, "")
                edits.append(Edit("no-decorator", name, func.lineno, dropped))
    return edits + definition_edits(source) if definitions or not edits else edits


def definition_edits(source: str) -> list[Edit]:
    """The edits of definitions: a class's decorator dropped (``no-decorator``), one keyword
    argument of a module-level or class-level call dropped (``Signal(use_caching=True)`` ->
    ``Signal()``, a field's ``primary_key=True``: ``no-keyword``), a call without arguments
    replaced by ``None`` (``none``)."""
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    edits = []
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            for decorator in node.decorator_list:
                dropped = _replace_lines(lines, decorator.lineno, decorator.end_lineno, "")
                edits.append(Edit("no-decorator", node.name, node.lineno, dropped))
            edits += _call_edits(node.body, lines, f"{node.name}.")
    return edits + _call_edits(tree.body, lines, "")


def _call_edits(body: list[ast.stmt], lines: list[str], prefix: str) -> list[Edit]:
    edits = []
    for node in body:
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and node.lineno == node.end_lineno):
            continue
        name, call, line = prefix + ast.unparse(node.targets[0]), node.value, lines[node.lineno - 1]
        if not (call.args or call.keywords):
            start, end = call.col_offset, call.end_col_offset
            edits.append(
                Edit(
                    "none",
                    name,
                    node.lineno,
                    _replace_lines(lines, node.lineno, node.lineno, line[:start] + "None" + line[end:]),
                )
            )
        for keyword in call.keywords:
            # The keyword with the ", " before it (or after it, for the first argument).
            start, end = keyword.col_offset, keyword.end_col_offset
            if line[:start].rstrip().endswith(","):
                start = len(line[:start].rstrip()) - 1
            elif line[end:].lstrip().startswith(","):
                end = len(line) - len(line[end:].lstrip()) + 1
                end += len(line[end:]) - len(line[end:].lstrip())
            edits.append(
                Edit(
                    f"no-keyword {keyword.arg}",
                    name,
                    node.lineno,
                    _replace_lines(lines, node.lineno, node.lineno, line[:start] + line[end:]),
                )
            )
    return edits


def _replace_lines(lines: list[str], first: int, last: int, text: str) -> str:
    """The module with its lines ``first`` to ``last`` (1-based, inclusive) replaced by ``text``."""
    return "".join(lines[: first - 1] + [text] + lines[last:])


def _first_line(stmt: ast.stmt) -> int:
    """The first line of a statement, its decorators included."""
    decorators = getattr(stmt, "decorator_list", [])
    return min([stmt.lineno] + [d.lineno for d in decorators])


def shown_snippets(docs: Path) -> list[str]:
    """Example files (``app/module.py``, relative to examples/) that the pages under ``docs`` include."""
    shown = set()
    for page in sorted(docs.rglob("*.md")):
        shown.update(_INCLUDE.findall(page.read_text(encoding="utf-8")))
    return sorted(shown)
