"""The browser project's root conftest (Run buttons): set the test database up once per visit.

Every Run is a new pytest session in the same interpreter. pytest-django would
migrate the in-memory test database at the start of each; it survives between
sessions (Django keeps an in-memory SQLite connection open), so after the first
run this fixture leaves it as it is. Tests still roll back or flush their own
changes as usual.
"""

import pytest
import runner_plugin


@pytest.fixture(scope="session")
def django_db_setup(request, django_test_environment, django_db_blocker):
    if runner_plugin.STATE.get("database_ready"):
        return
    from django.test.utils import setup_databases

    with django_db_blocker.unblock():
        setup_databases(verbosity=0, interactive=False, keepdb=True)
    runner_plugin.STATE["database_ready"] = True
