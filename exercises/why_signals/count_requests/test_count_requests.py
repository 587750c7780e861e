import importlib.util

import pytest

# Sending request_started runs Django's close_old_connections, which may touch the database.
pytestmark = pytest.mark.django_db


def import_again(module):
    """The same file imported under a second name, as a second sys.path entry would."""
    spec = importlib.util.spec_from_file_location(f"{module.__name__}_again", module.__file__)
    again = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(again)
    return again


def test_counts_wsgi_requests(answer, client):
    before = answer.request_count
    client.get("/")
    client.get("/")
    assert answer.request_count == before + 2, "two requests should add 2"


async def test_counts_asgi_requests(answer, async_client):
    before = answer.request_count
    await async_client.get("/")
    assert answer.request_count == before + 1, "an ASGI request should add 1"


def test_imported_twice_counts_once(answer, client):
    again = import_again(answer)
    before = answer.request_count + again.request_count
    client.get("/")
    assert answer.request_count + again.request_count == before + 1, "one request, counted more than once"
