import pytest
from django.db import IntegrityError
from django.db.models.signals import post_save

from transactions.models import Account
from transactions.refusals import refuse_blocked_domains
from transactions.welcome import welcome_on_commit

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def receivers():
    # Order matters: the welcome registers its callback, then the refusal raises.
    post_save.connect(welcome_on_commit, sender=Account)
    post_save.connect(refuse_blocked_domains, sender=Account)
    yield
    post_save.disconnect(refuse_blocked_domains, sender=Account)
    post_save.disconnect(welcome_on_commit, sender=Account)


EMAILS = ["ada@example.com", "eve@blocked.example", "bob@example.com"]


def stored():
    return sorted(Account.objects.values_list("email", flat=True))


def test_refused_accounts_are_skipped(answer):
    imported = answer.import_accounts(EMAILS)
    assert [account.email for account in imported] == ["ada@example.com", "bob@example.com"]
    assert stored() == ["ada@example.com", "bob@example.com"]


def test_refused_accounts_get_no_email(answer, mailoutbox):
    answer.import_accounts(EMAILS)
    assert sorted(message.to[0] for message in mailoutbox) == ["ada@example.com", "bob@example.com"]


def test_all_or_nothing(answer, mailoutbox):
    with pytest.raises(IntegrityError):
        answer.import_accounts(["ada@example.com", "ada@example.com"])
    assert (stored(), mailoutbox) == ([], [])
