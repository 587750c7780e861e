"""The browser project's root conftest (Run buttons): start from the test databases made at build time.

runtime/test_databases.py made ``/project/test-db/<alias>.sqlite3``, migrated. Here
each is copied into the in-memory database Django's SQLite backend uses for tests
(``file:memorydb_<alias>?mode=memory&cache=shared``), and runner_plugin.py runs
pytest with ``--reuse-db``: Django keeps that database, and its ``migrate`` finds
nothing left to apply (``pre_migrate``/``post_migrate`` still reach the Run's
receivers). The tests see the same in-memory database as in the full suite. Each
Run has a fresh interpreter: no row of an earlier Run is there.
``django_db_modify_db_settings`` is pytest-django's documented hook for the moment
before the test databases are set up.
"""

import sqlite3
from pathlib import Path

import pytest

TEST_DATABASES = Path(__file__).with_name("test-db")
#: An in-memory SQLite database lives while a connection to it is open.
_open: list[sqlite3.Connection] = []


@pytest.fixture(scope="session")
def django_db_modify_db_settings():
    from django.conf import settings

    for alias in settings.DATABASES:
        made = TEST_DATABASES / f"{alias}.sqlite3"
        if not made.is_file():
            raise RuntimeError(f"no test database {made} for {alias!r}: the runtime was built before it was added")
        memory = sqlite3.connect(f"file:memorydb_{alias}?mode=memory&cache=shared", uri=True)
        source = sqlite3.connect(made)
        source.backup(memory)
        source.close()
        _open.append(memory)
