"""An exception raised by a receiver: what it undoes depends on the transaction around it."""

import logging

import pytest
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.db.transaction import TransactionManagementError

from transactions.models import Account
from transactions.refusals import Refused, account_reviewed, refuse_blocked_domains, review

BLOCKED = "eve@blocked.example"


@pytest.mark.django_db(transaction=True)
def test_post_save_raises_after_the_row_is_committed_in_autocommit(connect):
    connect(post_save, refuse_blocked_domains, sender=Account)
    with pytest.raises(Refused) as refused:
        Account.objects.create(email=BLOCKED)
    assert refused.value.args == (BLOCKED,)  # the refused address, for the caller's message
    assert Account.objects.filter(email=BLOCKED).exists()  # the exception undid nothing


@pytest.mark.django_db(transaction=True)
def test_pre_save_raises_before_any_sql(connect):
    connect(pre_save, refuse_blocked_domains, sender=Account)
    with pytest.raises(Refused):
        Account.objects.create(email=BLOCKED)
    assert not Account.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_inside_atomic_the_exception_rolls_the_whole_block_back(connect):
    connect(post_save, refuse_blocked_domains, sender=Account)
    with pytest.raises(Refused), transaction.atomic():
        Account.objects.create(email="ada@example.com")
        Account.objects.create(email=BLOCKED)
    assert not Account.objects.exists()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    ("signal", "committed"),
    [
        # save() sends post_save after its own block: the refused row is committed too.
        (post_save, [BLOCKED, "ada@example.com"]),
        (pre_save, ["ada@example.com"]),
    ],
    ids=["post_save", "pre_save"],
)
def test_caught_inside_atomic_a_receivers_error_leaves_the_transaction_usable(connect, signal, committed):
    connect(signal, refuse_blocked_domains, sender=Account)
    with transaction.atomic():
        try:
            Account.objects.create(email=BLOCKED)
        except Refused:
            pass
        Account.objects.create(email="ada@example.com")  # no TransactionManagementError
    assert list(Account.objects.order_by("pk").values_list("email", flat=True)) == committed


@pytest.mark.django_db(transaction=True)
def test_caught_inside_atomic_a_delete_error_poisons_the_transaction(connect):
    account = Account.objects.create(email=BLOCKED)
    connect(post_delete, refuse_blocked_domains, sender=Account)
    with pytest.raises(TransactionManagementError), transaction.atomic():
        try:
            account.delete()  # the collector sends post_delete inside atomic(savepoint=False)
        except Refused:
            pass
        Account.objects.count()
    assert Account.objects.filter(email=BLOCKED).exists()


@pytest.mark.django_db(transaction=True)
def test_send_robust_returns_the_error_and_the_transaction_commits(caplog):
    def failing_reviewer(sender, account, **kwargs):
        assert sender is Account  # review() sends as the account's class
        raise Refused(account.email)

    account_reviewed.connect(failing_reviewer)
    try:
        with transaction.atomic():
            account = Account.objects.create(email=BLOCKED)
            [(receiver, result)] = review(account)
    finally:
        account_reviewed.disconnect(failing_reviewer)
    assert receiver is failing_reviewer and isinstance(result, Refused) and result.args == (BLOCKED,)
    assert Account.objects.filter(email=BLOCKED).exists()
    [record] = caplog.records
    assert (record.name, record.levelno) == ("django.dispatch", logging.ERROR)
    assert record.exc_info[1] is result


def test_a_well_behaved_domain_passes():
    assert refuse_blocked_domains(Account, Account(email="ada@example.com")) is None
