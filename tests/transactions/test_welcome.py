"""on_commit() from a receiver: at once in autocommit, after COMMIT inside atomic()."""

import re
from functools import partial

import pytest
from django.db import transaction
from django.db.models.signals import post_save

from tests.utils import django_before, django_from
from transactions.models import Account
from transactions.welcome import send_welcome, welcome_on_commit


@pytest.fixture
def welcome(connect):
    connect(post_save, welcome_on_commit, sender=Account)


@pytest.fixture
def smtp_down(monkeypatch):
    def broken_mail(*args, **kwargs):
        raise ConnectionError("SMTP down")

    monkeypatch.setattr("transactions.welcome.send_mail", broken_mail)


@pytest.mark.django_db(transaction=True)
def test_outside_atomic_the_callback_runs_at_once(welcome, mailoutbox):
    # Autocommit: the INSERT is already committed, so on_commit() calls right away.
    Account.objects.create(email="ada@example.com")
    assert [m.to for m in mailoutbox] == [["ada@example.com"]]


@pytest.mark.django_db(transaction=True)
def test_the_welcome_mail_says_what_and_from_whom(welcome, mailoutbox):
    Account.objects.create(email="ada@example.com")
    [message] = mailoutbox
    assert (message.subject, message.body, message.from_email, message.to) == (
        "Welcome", "Your account is ready.", "hello@example.com", ["ada@example.com"]
    )  # fmt: skip


@pytest.mark.django_db(transaction=True)
def test_inside_atomic_the_callback_waits_for_commit(welcome, mailoutbox):
    with transaction.atomic():
        account = Account.objects.create(email="ada@example.com")
        account.email = "changed@example.com"  # the callback mails the address as saved
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
        welcome_on_commit(Account, account, created=True, raw=True, using="default")
    assert callbacks == []


@pytest.mark.django_db(transaction=True, databases=["default", "other"])
def test_the_callback_waits_for_the_database_the_row_was_saved_to(welcome, mailoutbox):
    # Without using=using the callback would join the default database's
    # transaction (none here: autocommit) and mail before the row is committed.
    with transaction.atomic(using="other"):
        Account.objects.using("other").create(email="ada@example.com")
        assert mailoutbox == []
    assert [m.to for m in mailoutbox] == [["ada@example.com"]]


@pytest.mark.django_db(transaction=True, databases=["default", "other"])
def test_a_rollback_on_the_other_database_discards_the_callback(welcome, mailoutbox):
    with pytest.raises(RuntimeError), transaction.atomic(using="other"):
        Account.objects.using("other").create(email="ada@example.com")
        raise RuntimeError
    assert mailoutbox == []


@pytest.mark.django_db(transaction=True)
def test_robust_logs_a_failing_callback_and_runs_the_next(welcome, smtp_down, mailoutbox, caplog):
    # The receiver's own callback fails after the COMMIT: logged, the next one still runs.
    with transaction.atomic():
        Account.objects.create(email="ada@example.com")
        transaction.on_commit(lambda: mailoutbox.append("next callback ran"))
    assert mailoutbox == ["next callback ran"]
    assert Account.objects.filter(email="ada@example.com").exists()
    [record] = caplog.records
    assert record.name == "django.db.backends.base" and "SMTP down" in record.getMessage()
    # The callback's __qualname__ (the mutation gate's copy renames welcome_on_commit, hence the pattern).
    assert re.search(r"\w*welcome_on_commit\w*\.<locals>", record.getMessage())


@pytest.mark.django_db(transaction=True)
def test_robust_in_autocommit_logs_and_save_returns(welcome, smtp_down, mailoutbox, caplog):
    account = Account.objects.create(email="ada@example.com")  # no exception reaches save()
    assert account.pk and mailoutbox == []
    assert "SMTP down" in caplog.text


@django_before("6.1", reason="the robust on_commit() handler logs func.__qualname__")
@pytest.mark.django_db(transaction=True)
def test_a_failing_partial_breaks_robust_before_django_6_1(smtp_down, mailoutbox):
    # The form the page used to show: the logging itself raises, the next callback never runs.
    with pytest.raises(AttributeError, match="__qualname__"), transaction.atomic():
        transaction.on_commit(partial(send_welcome, "ada@example.com"), robust=True)
        transaction.on_commit(lambda: mailoutbox.append("next callback ran"))
    assert mailoutbox == []


@django_from("6.1", reason="the robust on_commit() handler logs getattr(func, '__qualname__', func)")
@pytest.mark.django_db(transaction=True)
def test_a_failing_partial_is_logged_from_django_6_1(smtp_down, mailoutbox, caplog):
    with transaction.atomic():
        transaction.on_commit(partial(send_welcome, "ada@example.com"), robust=True)
        transaction.on_commit(lambda: mailoutbox.append("next callback ran"))
    assert mailoutbox == ["next callback ran"] and "SMTP down" in caplog.text


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
