import pytest

from transactions.models import Account, Plan


@pytest.mark.django_db
def test_an_account_may_have_a_plan():
    account = Account.objects.create(email="ada@example.com", plan=Plan.objects.create(code="free"))
    assert account.plan.code == "free"
