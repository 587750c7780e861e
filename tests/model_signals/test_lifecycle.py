"""pre_save runs before the row exists, post_save after; both on every save, with these arguments."""

import pytest
from django.core import serializers
from django.db.models.signals import post_save, pre_save

from model_signals.models import PhoneNumber

pytestmark = pytest.mark.django_db


@pytest.fixture
def recorded():
    calls = []

    def record(sender, signal, instance, **kwargs):
        name = "pre_save" if signal is pre_save else "post_save"
        calls.append((name, instance.pk is not None, kwargs))

    for signal in (pre_save, post_save):
        signal.connect(record, sender=PhoneNumber)
    yield calls
    for signal in (pre_save, post_save):
        assert signal.disconnect(record, sender=PhoneNumber)


def test_insert_then_update(recorded):
    phone = PhoneNumber.objects.create(number="+98 912 000 0000")
    phone.save()
    phone.save(update_fields=["verification_code"])
    pre_insert, post_insert, pre_update, post_update, pre_partial, _post_partial = recorded
    assert pre_insert == ("pre_save", False, {"raw": False, "using": "default", "update_fields": None})
    assert post_insert == ("post_save", True, {"created": True, "raw": False, "using": "default",
                                                "update_fields": None})  # fmt: skip
    assert (pre_update[1], post_update[2]["created"]) == (True, False)  # every save, updates too
    assert pre_partial[2]["update_fields"] == frozenset({"verification_code"})


def test_pre_save_normalises_the_number():
    phone = PhoneNumber.objects.create(number="+98 (912) 000-0000")
    assert phone.number == "+989120000000"
    assert PhoneNumber.objects.get().number == "+989120000000"


def test_update_fields_without_number_leave_it_alone():
    phone = PhoneNumber.objects.create(number="+989120000000")
    phone.number = "+98 912"
    phone.save(update_fields=["verification_code"])
    assert phone.number == "+98 912"  # not written, so not normalised either


def test_loaddata_sends_raw_true_and_is_left_alone(recorded):
    data = '[{"model": "model_signals.phonenumber", "pk": 7, "fields": {"number": "+98 912", "verification_code": "123456"}}]'
    for obj in serializers.deserialize("json", data):
        obj.save()  # what loaddata does
    assert [kwargs["raw"] for _, _, kwargs in recorded] == [True, True]
    assert PhoneNumber.objects.get(pk=7).number == "+98 912"


@pytest.fixture
def transaction_states():
    """What a pre_save and a post_save receiver see of the transaction, and when on_commit runs."""
    from django.db import connection, transaction

    states = []

    def record(sender, signal, instance, **kwargs):
        name = "pre_save" if signal is pre_save else "post_save"
        states.append((name, connection.in_atomic_block))
        if signal is post_save:
            transaction.on_commit(lambda: states.append(("on_commit callback", connection.in_atomic_block)))

    for signal in (pre_save, post_save):
        signal.connect(record, sender=PhoneNumber)
    yield states
    for signal in (pre_save, post_save):
        assert signal.disconnect(record, sender=PhoneNumber)


@pytest.mark.django_db(transaction=True)  # real autocommit: no test transaction around the test
def test_in_autocommit_the_row_is_committed_when_post_save_runs(transaction_states):
    from django.db import connection

    assert connection.get_autocommit()
    PhoneNumber.objects.create(number="+989120000000")
    # Neither signal runs inside a transaction: the INSERT was committed on its own,
    # before post_save, and on_commit() ran its callback at once.
    assert transaction_states == [("pre_save", False), ("post_save", False), ("on_commit callback", False)]


@pytest.mark.django_db(transaction=True)
def test_inside_atomic_both_signals_run_in_the_callers_transaction(transaction_states):
    from django.db import transaction

    with transaction.atomic():
        PhoneNumber.objects.create(number="+989120000000")
        assert transaction_states == [("pre_save", True), ("post_save", True)]  # the callback waits
    assert transaction_states[-1] == ("on_commit callback", False)  # ran at COMMIT


@pytest.mark.django_db(transaction=True)
def test_inside_atomic_a_rollback_drops_the_row_and_the_callback(transaction_states):
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        PhoneNumber.objects.create(number="+989120000000")
        raise RuntimeError("something later in the transaction fails")
    assert [name for name, _ in transaction_states] == ["pre_save", "post_save"]
    assert not PhoneNumber.objects.exists()
