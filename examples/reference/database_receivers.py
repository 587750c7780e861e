"""A receiver for connection_created that tunes each new SQLite connection.

Connect it for SQLite only: ``connection_created.connect(tune_sqlite, sender=DatabaseWrapper)``
with ``from django.db.backends.sqlite3.base import DatabaseWrapper``.
"""

import logging

logger = logging.getLogger(__name__)


def tune_sqlite(sender, connection, **kwargs):
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA cache_size = -16000")  # 16 MB, for this connection only
    logger.info("connection_created %s alias=%r", sender.__module__, connection.alias)
