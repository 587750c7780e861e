"""ATOMIC_REQUESTS: a view that fails after saving leaves no row and sends no mail."""

import pytest
from django.db import connection
from django.db.models.signals import post_save
from django.test import Client

from transactions.models import Account, Plan
from transactions.welcome import welcome_on_commit

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.urls("transactions.urls")]


@pytest.fixture
def client(connect):
    connect(post_save, welcome_on_commit, sender=Account)
    return Client(raise_request_exception=False)


@pytest.fixture
def atomic_requests(monkeypatch):
    # BaseHandler.make_view_atomic() reads the setting on each request.
    monkeypatch.setitem(connection.settings_dict, "ATOMIC_REQUESTS", True)


def test_autocommit_keeps_the_row_and_mails_a_failed_sign_up(client, mailoutbox):
    response = client.post("/sign-up/", {"email": "ada@example.com", "plan": "missing"})
    assert response.status_code == 500
    assert Account.objects.filter(email="ada@example.com").exists()
    assert [m.to for m in mailoutbox] == [["ada@example.com"]]


def test_atomic_requests_rolls_back_the_row_and_the_mail(client, atomic_requests, mailoutbox):
    response = client.post("/sign-up/", {"email": "ada@example.com", "plan": "missing"})
    assert response.status_code == 500
    assert not Account.objects.exists()
    assert mailoutbox == []


def test_atomic_requests_mails_once_the_request_commits(client, atomic_requests, mailoutbox):
    Plan.objects.create(code="free")
    response = client.post("/sign-up/", {"email": "ada@example.com", "plan": "free"})
    assert response.status_code == 201
    assert response.content == b"welcome"
    assert Account.objects.get().plan.code == "free"
    assert [m.to for m in mailoutbox] == [["ada@example.com"]]


def test_the_plan_is_saved_alone(client, connect):
    # The second save() writes the plan only: its post_save says so in update_fields.
    saves = []
    connect(
        post_save,
        lambda sender, created, update_fields, **kw: saves.append((created, update_fields)),
        sender=Account,
        weak=False,
    )
    Plan.objects.create(code="free")
    assert client.post("/sign-up/", {"email": "ada@example.com", "plan": "free"}).status_code == 201
    assert saves == [(True, None), (False, frozenset({"plan"}))]
