"""Every exercise proved natively: whole metadata, a passing solution, and starter and wrong
answers that fail exactly the tests they declare (signals_docs.exercises.proof).

Not a site test: ``make test-matrix`` runs it on every supported Django. One pytest process
runs every exercise's tests once per answer; each exercise is one test here, named after it.
The process runs once per change of what it reads (``proof.cached_run``'s key: the exercises,
the examples, the Python and its packages), in the build or here, whichever comes first: the
build keeps its result beside its doctrees and these tests read it there (or run it and keep it).
"""

from pathlib import Path

import pytest

from signals_docs.exercises import proof
from sitepaths import BUILD

REPO = Path(__file__).resolve().parents[2]
EXERCISES = proof.load(REPO / "exercises", REPO / "docs" if (REPO / "docs").is_dir() else None)


@pytest.fixture(scope="session")
def proof_run():
    return proof.cached_run(REPO, "exercises", "examples", BUILD / "doctrees" / proof.RUN_CACHE)


def test_there_are_exercises():
    assert EXERCISES, "no exercises/<topic>/<name>/exercise.toml found"


@pytest.mark.parametrize("exercise", EXERCISES, ids=[e.name for e in EXERCISES])
def test_metadata_is_whole(exercise):
    assert not exercise.problems, f"exercises/{exercise.name}: " + "; ".join(exercise.problems)


@pytest.mark.parametrize("exercise", EXERCISES, ids=[e.name for e in EXERCISES])
def test_answers_pass_and_fail_as_declared(exercise, proof_run):
    problems = proof.verdict(exercise, proof_run)
    assert not problems, f"exercises/{exercise.name}: " + "; ".join(problems) + "\n" + proof_run["output"]
