"""The project's entry points load: what a reader runs with manage.py, WSGI or ASGI."""

import runpy
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_wsgi_and_asgi_applications_load():
    from signals_site import asgi, wsgi

    assert callable(wsgi.application)
    assert callable(asgi.application)


def test_manage_py_runs_check(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["manage.py", "check"])
    runpy.run_path(str(EXAMPLES / "manage.py"), run_name="__main__")
    assert "no issues" in capsys.readouterr().out


def test_manage_py_does_nothing_when_imported(capsys):
    runpy.run_path(str(EXAMPLES / "manage.py"), run_name="manage")
    assert capsys.readouterr().out == ""


def test_hello_view(client):
    assert client.get("/").content == b"hello"
