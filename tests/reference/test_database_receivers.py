"""connection_created, sent when Django opens a new database connection."""

from django.db import connections
from django.db.backends.signals import connection_created
from django.db.backends.sqlite3.base import DatabaseWrapper

from reference import database_receivers as r


def test_each_new_connection_is_tuned(db, connect, spy, logged):
    connect(connection_created, r.tune_sqlite, sender=DatabaseWrapper)
    calls = spy(connection_created)
    connection = connections.create_connection("default")
    try:
        with connection.cursor() as cursor:  # opening the cursor opens the connection
            cursor.execute("PRAGMA cache_size")
            assert cursor.fetchone() == (-16000,)
    finally:
        connection.close()
        connection.connection.close()  # close() keeps an in-memory test database open
    assert logged("connection_created") == [("django.db.backends.sqlite3.base", "default")]
    assert calls == [{"signal": connection_created, "sender": DatabaseWrapper, "connection": connection}]


def test_an_open_connection_is_not_announced_again(db, spy):
    connections["default"].ensure_connection()
    calls = spy(connection_created)
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")
    assert calls == []
