"""Skip a receiver's work during a bulk import: a flag the receiver reads."""

from contextlib import contextmanager
from contextvars import ContextVar

# A context variable belongs to one thread or asyncio task: requests served at
# the same time by other threads still run the receiver.
importing = ContextVar("importing", default=False)


@contextmanager
def bulk_import():
    token = importing.set(True)
    try:
        yield
    finally:
        importing.reset(token)
