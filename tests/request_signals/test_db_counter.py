"""The database counter is shared; a module-level counter is per process."""

import subprocess
import sys
from pathlib import Path

import pytest
from django.core.signals import request_started

from request_signals.db_counter import count_request_in_db
from request_signals.models import Counter

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# One "worker process": set up Django, handle `n` requests, print its module-level count.
WORKER = """
import django, sys
django.setup()
from django.core.signals import request_started
from why_signals import request_counter
for _ in range(int(sys.argv[1])):
    request_started.send(sender=None, environ={})
print(request_counter.request_count)
"""


def run_worker(requests):
    result = subprocess.run(
        [sys.executable, "-c", WORKER, str(requests)],
        cwd=EXAMPLES,
        capture_output=True,
        text=True,
        check=True,
        env={"DJANGO_SETTINGS_MODULE": "signals_site.settings", "PYTHONPATH": str(EXAMPLES), "PATH": ""},
    )
    return int(result.stdout)


def test_module_level_state_is_per_process_and_lost_on_restart():
    # Two workers of one server: each counts only its own requests.
    assert (run_worker(3), run_worker(2)) == (3, 2)
    # A restart is a new process: the count starts again from zero.
    assert run_worker(1) == 1


@pytest.mark.django_db
def test_the_database_counter_counts_every_request(client, connect):
    connect(request_started, count_request_in_db, dispatch_uid="test.count_request_in_db")
    client.get("/")
    client.get("/")
    assert Counter.objects.get(name="requests").value == 2
    assert str(Counter.objects.get()) == "requests=2"


@pytest.mark.django_db(transaction=True)
async def test_the_database_counter_works_under_asgi(async_client, connect):
    # Under ASGI, asend() runs this sync receiver in a thread (sync_to_async).
    connect(request_started, count_request_in_db, dispatch_uid="test.count_request_in_db")
    await async_client.get("/")
    counter = await Counter.objects.aget(name="requests")
    assert counter.value == 1
