"""exercises/proof.cached_run: a proof run is reused only for the same files that decide it."""

from signals_docs.exercises import proof


def test_a_change_to_what_the_exercises_tests_read_runs_them_again(tmp_path, monkeypatch):
    runs = []
    monkeypatch.setattr(proof, "run", lambda repo, folder: runs.append(folder) or {"failed": {}, "ran": {}})
    for name in ("exercises/topic/greet/exercise.toml", "examples/greet.py", "pyproject.toml", "tests/conftest.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("# v1\n", encoding="utf-8")
    cache = tmp_path / "_build" / proof.RUN_CACHE

    def prove():
        return proof.cached_run(tmp_path, "exercises", "examples", cache)

    prove(), prove()
    assert len(runs) == 1, "the same files: the kept run"
    for name in ("exercises/topic/greet/exercise.toml", "examples/greet.py", "pyproject.toml", "tests/conftest.py"):
        (tmp_path / name).write_text("# v2\n", encoding="utf-8")  # the leak guard, the pytest settings...
        before = len(runs)
        prove()
        assert len(runs) == before + 1, f"{name} changed but the kept run was used"
