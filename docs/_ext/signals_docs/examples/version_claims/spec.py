"""What a version claim is: its syntax, the range of release series it covers, and where claims are.

Shared by the role (``role.py``), the reading of test markers (``markers.py``), the prose
linter (``prose.py``) and the JUnit matrix check (``matrix.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from signals_docs.site import DjangoSeries

Key = tuple[int, int]
# Names of the shared markers in tests/utils.py, and the bound each one sets.
MARKERS = {"django_from": "low", "django_before": "high"}
SERIES = r"\d+\.\d+"
SPEC = re.compile(rf"^(?:(?P<all>\*)|(?P<low>{SERIES})(?:(?P<plus>\+)|-(?P<high>{SERIES}))?)$")
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


def claim_files(root: Path) -> list[Path]:
    return sorted(root.glob("docs/**/*.md")) + sorted(root.glob("locale/*/LC_MESSAGES/*.po"))
