"""The JUnit matrix check: every claimed test passed on every matrix version its claim covers.

What a marker cannot show (a ``pytest.skip()`` call at run time), the matrix does:
``make test-matrix`` writes a JUnit report per Django version, then runs
``python -m signals_docs.examples.version_claims check-matrix <dir>``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from .spec import VersionRange, claim_files, claims_in, key


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
    for path in claim_files(root):
        for claim in claims_in(path):
            claimed = VersionRange.parse(claim.spec)
            for version, tests in sorted(passed.items()):
                if key(".".join(version.split(".")[:2])) in claimed and claim.test not in tests:
                    problems.append(
                        f"{path.relative_to(root)}:{claim.line}: {claim.test} did not pass on Django {version}"
                        f" (the claim {claim.spec!r} covers it)"
                    )
    return problems
