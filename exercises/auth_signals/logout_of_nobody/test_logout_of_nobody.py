import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


def test_records_who_logged_out(answer, client):
    client.force_login(get_user_model().objects.create_user("mina", password="correct-horse"))
    client.post("/auth/logout/")
    assert answer.logouts == ["mina"]


def test_logout_of_nobody_does_not_fail(answer, client):
    response = client.post("/auth/logout/")
    assert response.status_code == 200
    assert answer.logouts == [""]
