import pytest
from django.contrib.auth import authenticate, get_user_model

pytestmark = pytest.mark.django_db


@pytest.fixture
def mina():
    return get_user_model().objects.create_user("mina", password="correct-horse")


def test_counts_a_failed_login_by_address(answer, client, mina):
    client.post("/auth/login/", {"username": "mina", "password": "wrong"})
    assert answer.failures == {"127.0.0.1": 1}


def test_counts_a_failure_without_a_request(answer, mina):
    authenticate(username="mina", password="wrong")
    assert answer.failures == {None: 1}


def test_a_login_is_not_a_failure(answer, client, mina):
    client.post("/auth/login/", {"username": "mina", "password": "correct-horse"})
    assert sum(answer.failures.values()) == 0
