"""Hidden tests of the exercise: the learner's module arrives as ``answer`` (exercises/conftest.py)."""

import pytest
from django.db import transaction

from transactions.models import Account


@pytest.mark.django_db(transaction=True)
def test_mails_a_new_account(answer, mailoutbox):
    Account.objects.create(email="ada@example.com")
    assert [m.to for m in mailoutbox] == [["ada@example.com"]], "one welcome mail to the new address"


@pytest.mark.django_db(transaction=True)
def test_waits_for_commit(answer, mailoutbox):
    with transaction.atomic():
        account = Account.objects.create(email="ada@example.com")
        account.email = "changed@example.com"  # changed in memory only, never saved
        assert mailoutbox == [], "no mail before COMMIT"
    assert [m.to for m in mailoutbox] == [["ada@example.com"]], "one mail after COMMIT, to the saved address"


@pytest.mark.django_db(transaction=True)
def test_no_mail_after_rollback(answer, mailoutbox):
    with pytest.raises(RuntimeError), transaction.atomic():
        Account.objects.create(email="ada@example.com")
        raise RuntimeError("roll back")
    assert mailoutbox == [], "no mail for a rolled-back account"
