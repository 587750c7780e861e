"""Make the browser's test databases at build time, migrated, so that a Run need not migrate.

Why: every Run starts a fresh interpreter (runner_plugin.py), and migrating the
examples project from nothing takes seconds there. scripts/build_runtime.py runs this
module natively, with the pinned Django of requirements-examples.txt, and ships
``test-db/<alias>.sqlite3`` in project.zip; the browser's conftest.py points each
test database at its copy and pytest runs with ``--reuse-db``. Django then runs
``migrate`` as it does for any kept test database: nothing is left to apply, and
``pre_migrate``/``post_migrate`` go to the receivers of the Run's own code.

Only Django's own ``pre_migrate``/``post_migrate`` receivers (content types,
permissions) run here: a receiver of the examples (a reader may edit it) must
not have left rows behind before the reader's Run.

Usage: python test_databases.py OUT_DIR   (run from the repository's root)
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from unittest import mock

#: django_migrations.applied of every row: a fixed time, so two builds give the same bytes.
APPLIED = "2000-01-01 00:00:00"


def make(out: Path) -> list[Path]:
    sys.path.insert(0, str(Path("examples").resolve()))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "signals_site.settings")
    import django
    from django.apps import apps
    from django.conf import settings
    from django.contrib.auth.management import create_permissions
    from django.contrib.contenttypes.management import create_contenttypes
    from django.db import connections
    from django.test.utils import setup_databases

    django.setup()
    out.mkdir(parents=True, exist_ok=True)
    files = {}
    for alias, database in settings.DATABASES.items():
        files[alias] = out / f"{alias}.sqlite3"
        files[alias].unlink(missing_ok=True)
        database.setdefault("TEST", {})["NAME"] = str(files[alias])
    # migrate sends pre_migrate and post_migrate to no receiver here; Django's own two
    # (content types, permissions) are called by hand below, the examples' run in the browser.
    command = "django.core.management.commands.migrate"
    with mock.patch(f"{command}.emit_pre_migrate_signal"), mock.patch(f"{command}.emit_post_migrate_signal"):
        setup_databases(verbosity=0, interactive=False, serialized_aliases=[])
    for alias in files:
        for app_config in apps.get_app_configs():
            create_contenttypes(app_config, verbosity=0, using=alias)
            create_permissions(app_config, verbosity=0, using=alias)
    for connection in connections.all():
        connection.close()
    for path in files.values():
        db = sqlite3.connect(path)
        with db:
            db.execute("UPDATE django_migrations SET applied = ?", (APPLIED,))
        db.execute("VACUUM")
        db.close()
    return list(files.values())


if __name__ == "__main__":
    for made in make(Path(sys.argv[1])):
        print(made)
