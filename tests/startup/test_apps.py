"""ready() can run more than once; dispatch_uid keeps it from connecting twice.

The runserver test starts Django's development server with its autoreloader in a
throw-away project and records each process that runs ready().
"""

import os
import signal
import socket
import subprocess
import sys
import time

import pytest
from django.apps import apps
from django.dispatch import Signal

from startup.receivers import HeartbeatCounter
from startup.signals import heartbeat


def test_a_second_ready_connects_nothing_new():
    assert len(heartbeat.send(sender=None)) == 1
    apps.get_app_config("startup").ready()
    assert len(heartbeat.send(sender=None)) == 1  # the first counter stays, the second is ignored


def test_without_dispatch_uid_each_new_bound_method_is_one_more_receiver():
    signal = Signal()
    first, second = HeartbeatCounter(), HeartbeatCounter()
    signal.connect(first.count, weak=False)
    signal.connect(second.count, weak=False)
    signal.connect(first.count, weak=False)  # the same receiver again: ignored
    signal.send(sender=None)
    assert (first.beats, second.beats) == (1, 1)
    assert len(signal.receivers) == 2


READY_APP = """
import os
from django.apps import AppConfig


class ReadyConfig(AppConfig):
    name = "readyapp"

    def ready(self):
        with open(os.environ["READY_LOG"], "a") as log:
            log.write(f"{os.getpid()} {os.environ.get('RUN_MAIN', '-')}\\n")
"""
SETTINGS = """
SECRET_KEY = "test"
DEBUG = True
ALLOWED_HOSTS = ["127.0.0.1"]
INSTALLED_APPS = ["readyapp"]
ROOT_URLCONF = "urls"
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_lines(path, count, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        lines = path.read_text().splitlines() if path.exists() else []
        if len(lines) >= count:
            return [line.split() for line in lines]
        time.sleep(0.1)
    raise AssertionError(f"ready() ran {len(lines)} times, expected {count}")


@pytest.fixture
def runserver(tmp_path):
    (tmp_path / "readyapp").mkdir()
    (tmp_path / "readyapp" / "__init__.py").write_text("")
    (tmp_path / "readyapp" / "apps.py").write_text(READY_APP)
    (tmp_path / "settings.py").write_text(SETTINGS)
    (tmp_path / "urls.py").write_text("urlpatterns = []\n")
    log = tmp_path / "ready.log"
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "DJANGO_SETTINGS_MODULE": "settings", "READY_LOG": str(log)}
    env.pop("RUN_MAIN", None)
    started = []

    def _run(*options):
        command = [sys.executable, "-m", "django", "runserver", f"127.0.0.1:{free_port()}", *options]
        proc = subprocess.Popen(
            command, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )
        started.append(proc)
        return log, tmp_path / "readyapp" / "apps.py"

    yield _run
    for proc in started:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)


def test_runserver_runs_ready_in_the_reloader_and_in_each_server_process(runserver):
    log, apps_py = runserver()
    (parent, parent_flag), (child, child_flag) = wait_for_lines(log, 2)
    # The watching parent runs ready() (RUN_MAIN unset), then the child that serves.
    assert (parent_flag, child_flag) == ("-", "true") and parent != child
    time.sleep(1.5)  # let the reloader take its first snapshot of the files' mtimes
    apps_py.write_text(apps_py.read_text() + "\n# edited\n")
    (_, _), (_, _), (new_child, flag) = wait_for_lines(log, 3)
    assert flag == "true" and new_child not in (parent, child)  # a new process, a new ready()


def test_noreload_runs_ready_once(runserver):
    log, _ = runserver("--noreload")
    [(pid, flag)] = wait_for_lines(log, 1)
    time.sleep(1)
    assert len(log.read_text().splitlines()) == 1 and flag == "-"
