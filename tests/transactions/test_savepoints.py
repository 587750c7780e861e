"""A savepoint rolled back by a receiver's exception takes its on_commit callbacks with it."""

import pytest
from django.db.models.signals import post_save

from transactions.models import Account
from transactions.refusals import refuse_blocked_domains
from transactions.savepoints import import_accounts
from transactions.welcome import welcome_on_commit


@pytest.mark.django_db(transaction=True)
def test_a_refused_account_loses_its_row_and_its_welcome(connect, mailoutbox):
    # Order matters: welcome_on_commit registers its callback, then the refusal raises.
    connect(post_save, welcome_on_commit, sender=Account)
    connect(post_save, refuse_blocked_domains, sender=Account)
    imported = import_accounts(["ada@example.com", "eve@blocked.example", "bob@example.com"])
    assert [a.email for a in imported] == ["ada@example.com", "bob@example.com"]
    assert sorted(Account.objects.values_list("email", flat=True)) == ["ada@example.com", "bob@example.com"]
    assert [m.to for m in mailoutbox] == [["ada@example.com"], ["bob@example.com"]]
