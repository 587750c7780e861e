"""pre_save runs before the row exists, post_save after; both on every save, with these arguments."""

import datetime

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


def test_update_fields_with_number_normalise_it():
    phone = PhoneNumber.objects.create(number="+989120000000")
    phone.number = "+98 (912) 111"
    phone.save(update_fields=["number"])
    assert PhoneNumber.objects.get().number == "+98912111"


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


# What a receiver sees of the instance at each step (the table on the page).


@pytest.fixture
def steps(connect):
    from django.db.models.signals import post_init, pre_init

    from model_signals.models import Note

    seen = []
    names = {pre_init: "pre_init", post_init: "post_init", pre_save: "pre_save", post_save: "post_save"}

    def record(sender, signal, instance=None, **kwargs):
        if instance is None:  # pre_init: there is no instance yet, only the arguments
            # A copy: __init__() pops each field's value from this very dict afterwards.
            seen.append((names[signal], kwargs["args"], dict(kwargs["kwargs"])))
            return
        fields = instance.__dict__  # reading a deferred field here would query (and recurse)
        state = {
            "pk": instance.pk,
            "created_at": fields.get("created_at", "deferred"),
            "updated_at": fields.get("updated_at", "deferred"),
            "adding": instance._state.adding,
            "db": instance._state.db,
        }
        state.update((key, kwargs[key]) for key in ("update_fields", "created") if key in kwargs)
        seen.append((names[signal], state))

    for signal in names:
        connect(signal, record, sender=Note)
    return seen


def test_a_new_instance_from_init_to_post_save(steps):
    from model_signals.models import Note

    note = Note.objects.create(text="first")
    pre_init, post_init, pre_save_, post_save_ = steps
    assert pre_init == ("pre_init", (), {"text": "first"})
    empty = {"pk": None, "created_at": None, "updated_at": None, "adding": True, "db": None}
    assert post_init == ("post_init", empty)
    assert pre_save_ == ("pre_save", empty | {"update_fields": None})  # the write fills them
    _, after = post_save_
    assert after["pk"] == note.pk and after["created_at"] and after["updated_at"]
    assert (after["adding"], after["db"], after["created"]) == (False, "default", True)


def test_pre_init_kwargs_is_emptied_by_init_afterwards(connect):
    from django.db.models.signals import pre_init

    from model_signals.models import Note

    kept = []
    connect(pre_init, lambda sender, kwargs, **rest: kept.append(kwargs), sender=Note)
    Note(text="first")
    assert kept == [{}]  # the same dict, consumed by __init__(): copy it to keep it


def test_an_update_pre_save_sees_the_old_auto_now_value(steps):
    from model_signals.models import Note

    note = Note.objects.create(text="first")
    # An hour back, so the new value is later even where the clock is coarse (a browser's is).
    note.updated_at = before = note.updated_at - datetime.timedelta(hours=1)
    steps.clear()
    note.save()
    (_, pre), (_, post) = steps
    assert (pre["adding"], pre["created_at"], pre["updated_at"]) == (False, note.created_at, before)
    assert post["updated_at"] > before and post["created"] is False


def test_a_pk_set_before_the_insert_is_no_sign_of_an_update(steps):
    from model_signals.models import Note

    Note(pk=50, text="first").save()
    _, _, (_, pre), (_, post) = steps
    assert (pre["pk"], pre["adding"]) == (50, True)  # _state.adding tells an insert, not pk
    assert post["created"] is True


def test_a_row_loaded_from_the_database(steps):
    from model_signals.models import Note

    Note.objects.create(text="first")
    steps.clear()
    note = Note.objects.get()
    (_, args, kwargs), (_, post_init) = steps
    assert args[1] == "first" and kwargs == {}  # rows arrive as positional args
    # from_db() sets _state after __init__(): post_init cannot tell a loaded row.
    assert (post_init["pk"], post_init["adding"], post_init["db"]) == (note.pk, True, None)


def test_saving_an_instance_loaded_with_only_sets_update_fields(steps):
    from model_signals.models import Note

    Note.objects.create(text="first")
    note = Note.objects.only("text").get()
    steps.clear()
    note.save()  # no update_fields given: Django saves the loaded fields only
    (_, pre), (_, post) = steps
    assert pre["update_fields"] == post["update_fields"] == frozenset({"text"})
    assert pre["updated_at"] == "deferred"  # not loaded, so not written either


def test_reading_a_deferred_field_in_post_init_costs_a_query(connect, django_assert_num_queries):
    from django.db.models.signals import post_init

    from model_signals.models import Note

    Note.objects.create(text="first")
    connect(post_init, lambda sender, instance, **kwargs: instance.updated_at, sender=Note)
    with django_assert_num_queries(2):  # the SELECT, then one more for updated_at
        Note.objects.only("text").get()


def test_reading_two_deferred_fields_in_post_init_recurses(connect):
    from django.db.models.signals import post_init

    from model_signals.models import Note

    def read_both(sender, instance, **kwargs):
        # Loading created_at builds an instance that has only created_at: its
        # post_init loads updated_at, whose instance lacks created_at, and so on.
        return instance.created_at, instance.updated_at

    Note.objects.create(text="first")
    connect(post_init, read_both, sender=Note)
    with pytest.raises(RecursionError):
        Note.objects.only("text").get()


def test_post_init_can_check_for_deferred_fields_first(connect):
    from django.db.models.signals import post_init

    from model_signals.models import Note

    Note.objects.create(text="first")
    seen = []

    def careful(sender, instance, **kwargs):
        if "updated_at" not in instance.get_deferred_fields():
            seen.append(instance.updated_at)

    connect(post_init, careful, sender=Note)
    Note.objects.only("text").get()
    assert seen == []
    Note.objects.get()
    assert len(seen) == 1
