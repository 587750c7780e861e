"""on_commit() from a receiver: at once in autocommit, after COMMIT inside atomic()."""

import pytest
from django.db import transaction
from django.db.models.signals import post_save

from transactions.models import Account
from transactions.welcome import send_welcome, welcome_on_commit


@pytest.fixture
def welcome(connect):
    connect(post_save, welcome_on_commit, sender=Account)


@pytest.mark.django_db(transaction=True)
def test_outside_atomic_the_callback_runs_at_once(welcome, mailoutbox):
    # Autocommit: the INSERT is already committed, so on_commit() calls right away.
    Account.objects.create(email="ada@example.com")
    assert [m.to for m in mailoutbox] == [["ada@example.com"]]


@pytest.mark.django_db(transaction=True)
def test_inside_atomic_the_callback_waits_for_commit(welcome, mailoutbox):
    with transaction.atomic():
        Account.objects.create(email="ada@example.com")
        assert mailoutbox == []
    assert [m.to for m in mailoutbox] == [["ada@example.com"]]


@pytest.mark.django_db(transaction=True)
def test_a_rollback_discards_the_callback(welcome, mailoutbox):
    with pytest.raises(RuntimeError), transaction.atomic():
        Account.objects.create(email="ada@example.com")
        raise RuntimeError
    assert mailoutbox == [] and not Account.objects.exists()


@pytest.mark.django_db
def test_updates_and_fixtures_send_nothing(welcome, django_capture_on_commit_callbacks):
    account = Account.objects.create(email="ada@example.com")
    with django_capture_on_commit_callbacks() as callbacks:
        account.save()
        welcome_on_commit(Account, account, created=True, raw=True)
    assert callbacks == []


@pytest.mark.django_db(transaction=True)
def test_robust_logs_a_failing_callback_and_runs_the_next(monkeypatch, mailoutbox, caplog):
    def broken_mail(*args, **kwargs):
        raise ConnectionError("SMTP down")

    with transaction.atomic():
        monkeypatch.setattr("transactions.welcome.send_mail", broken_mail)
        transaction.on_commit(lambda: send_welcome("ada@example.com"), robust=True)
        transaction.on_commit(lambda: mailoutbox.append("next callback ran"))
    assert mailoutbox == ["next callback ran"]
    assert "SMTP down" in caplog.text and caplog.records[0].name == "django.db.backends.base"


@pytest.mark.django_db(transaction=True)
def test_without_robust_a_failing_callback_raises_after_the_commit(monkeypatch, mailoutbox):
    monkeypatch.setattr("transactions.welcome.send_mail", lambda *a, **k: 1 / 0)
    with pytest.raises(ZeroDivisionError), transaction.atomic():
        Account.objects.create(email="ada@example.com")
        transaction.on_commit(lambda: send_welcome("ada@example.com"))
        transaction.on_commit(lambda: mailoutbox.append("next callback ran"))
    # The data is committed; the callbacks after the failing one never ran.
    assert Account.objects.filter(email="ada@example.com").exists()
    assert mailoutbox == []
