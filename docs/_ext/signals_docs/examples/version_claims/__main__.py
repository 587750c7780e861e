"""``python -m signals_docs.examples.version_claims {unmarked | check-matrix <dir>}``."""

from __future__ import annotations

import sys
from pathlib import Path

from signals_docs.site import ROOT

from .matrix import check_matrix
from .prose import unmarked


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


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
