"""The demo views accept POST only."""

import pytest


@pytest.mark.parametrize("url", ["/auth/login/", "/auth/logout/"])
def test_get_is_not_allowed(client, url):
    assert client.get(url).status_code == 405
