"""Each model signal, sent by Django's own machinery, with exactly the documented arguments."""

import pytest
from django.core.management import call_command
from django.db import models, transaction
from django.db.models import signals
from django.test.utils import isolate_apps

from reference import model_receivers as r
from reference.models import Order, Pizza, Topping
from tests.utils import django_before, django_from

SIGNAL = {"signal", "sender"}


def test_pre_init_and_post_init_on_construction(connect, spy, logged):
    connect(signals.pre_init, r.log_pre_init, sender=Topping)
    connect(signals.post_init, r.log_post_init, sender=Topping)
    pre, post = spy(signals.pre_init, Topping), spy(signals.post_init, Topping)
    topping = Topping(name="basil")
    assert logged("pre_init") == [("Topping", (), {"name": "basil"})]
    assert logged("post_init") == [("Topping", "basil", None)]
    assert set(pre[0]) == SIGNAL | {"args", "kwargs"}
    assert set(post[0]) == SIGNAL | {"instance"} and post[0]["instance"] is topping


def test_rows_loaded_from_the_database_arrive_as_positional_args(db, connect, logged):
    basil = Topping.objects.create(name="basil")
    connect(signals.pre_init, r.log_pre_init, sender=Topping)
    connect(signals.post_init, r.log_post_init, sender=Topping)
    assert Topping.objects.get() == basil
    assert logged("pre_init") == [("Topping", (basil.pk, "basil"), {})]
    # _state.db is set only after __init__ returns: None even for a database row.
    assert logged("post_init") == [("Topping", "basil", None)]


def test_pre_save_and_post_save_on_create_and_update(db, connect, spy, logged):
    connect(signals.pre_save, r.log_pre_save, sender=Topping)
    connect(signals.post_save, r.log_post_save, sender=Topping)
    pre, post = spy(signals.pre_save, Topping), spy(signals.post_save, Topping)
    topping = Topping.objects.create(name="basil")
    topping.name = "thai basil"
    topping.save(update_fields=["name"])
    assert logged("pre_save") == [
        ("Topping", None, False, "default", None),
        ("Topping", topping.pk, False, "default", frozenset({"name"})),
    ]
    assert logged("post_save") == [
        ("Topping", topping.pk, True, False, "default", None),
        ("Topping", topping.pk, False, False, "default", frozenset({"name"})),
    ]
    assert set(pre[0]) == SIGNAL | {"instance", "raw", "using", "update_fields"}
    assert set(post[0]) == SIGNAL | {"instance", "created", "raw", "using", "update_fields"}


def test_queryset_update_and_bulk_create_send_no_save_signal(db, spy):
    saves = spy(signals.pre_save, Topping)
    Topping.objects.bulk_create([Topping(name="olive")])
    Topping.objects.update(name="black olive")
    assert saves == []


def test_a_proxy_model_is_its_own_sender(db, spy):
    with isolate_apps("reference"):

        class SpecialTopping(Topping):
            class Meta:
                proxy = True
                app_label = "reference"

        concrete, proxy = spy(signals.post_save, Topping), spy(signals.post_save, SpecialTopping)
        deleted_concrete, deleted_proxy = spy(signals.post_delete, Topping), spy(signals.post_delete, SpecialTopping)
        SpecialTopping.objects.create(name="truffle").delete()
    assert concrete == [] and proxy[0]["sender"] is SpecialTopping
    assert deleted_concrete == [] and deleted_proxy[0]["sender"] is SpecialTopping


def test_a_sender_can_be_a_lazy_reference(db, spy):
    calls = spy(signals.post_save, "reference.Pizza")
    pizza = Pizza.objects.create(name="marinara")
    assert calls[0]["sender"] is Pizza and calls[0]["instance"] is pizza


def test_loaddata_saves_raw(db, connect, logged):
    connect(signals.pre_save, r.log_pre_save, sender=Topping)
    connect(signals.post_save, r.log_post_save, sender=Pizza)
    call_command("loaddata", "menu", verbosity=0)
    assert logged("pre_save") == [("Topping", 1, True, "default", None)]
    assert logged("post_save") == [("Pizza", 1, True, True, "default", None)]


def test_pre_delete_and_post_delete_name_their_origin(db, connect, spy, logged):
    connect(signals.pre_delete, r.log_pre_delete, sender=Topping)
    connect(signals.post_delete, r.log_post_delete, sender=Topping)
    pre, post = spy(signals.pre_delete, Topping), spy(signals.post_delete, Topping)
    basil, olive, garlic = (Topping.objects.create(name=n) for n in ("basil", "olive", "garlic"))
    pks = {t.name: t.pk for t in (basil, olive, garlic)}
    basil.delete()
    queryset = Topping.objects.filter(name__in=["olive", "garlic"])
    queryset.delete()
    assert logged("pre_delete") == [
        ("Topping", pks["basil"], "default", basil),
        ("Topping", pks["olive"], "default", queryset),
        ("Topping", pks["garlic"], "default", queryset),
    ]
    # post_delete's instance still carries the primary key of the row that is gone.
    assert logged("post_delete") == [
        ("Topping", pks["basil"], "default", basil),
        ("Topping", pks["garlic"], "default", queryset),
        ("Topping", pks["olive"], "default", queryset),
    ]
    assert pre[0]["origin"] is basil and post[0]["origin"] is basil
    assert pre[1]["origin"] is queryset and post[2]["origin"] is queryset
    assert set(pre[0]) == set(post[0]) == SIGNAL | {"instance", "using", "origin"}
    assert basil.pk is None  # cleared only after every signal was sent


def test_a_cascade_sends_delete_signals_for_each_related_row(db, spy):
    pizza = Pizza.objects.create(name="marinara")
    Order.objects.create(pizza=pizza)
    deleted = spy(signals.pre_delete)
    pizza.delete()
    # The related order is loaded and announced first, with the pizza as origin.
    assert [(c["sender"], c["origin"]) for c in deleted] == [(Order, pizza), (Pizza, pizza)]


def _refuse(**kwargs):
    raise RuntimeError("receiver failed")


def test_an_exception_in_post_delete_rolls_the_delete_back(db, connect):
    basil = Topping.objects.create(name="basil")
    connect(signals.post_delete, _refuse, sender=Topping)
    with pytest.raises(RuntimeError), transaction.atomic():
        basil.delete()
    assert Topping.objects.filter(name="basil").exists()


def test_an_exception_in_post_save_comes_after_the_row_is_written(db, connect):
    connect(signals.post_save, _refuse, sender=Topping)
    with pytest.raises(RuntimeError):
        Topping.objects.create(name="basil")
    assert Topping.objects.filter(name="basil").exists()


def test_rows_of_an_automatic_m2m_table_go_without_any_signal(db, spy):
    pizza = Pizza.objects.create(name="marinara")
    pizza.toppings.add(Topping.objects.create(name="garlic"))
    deleted, changed = spy(signals.pre_delete), spy(signals.m2m_changed)
    pizza.delete()
    assert [call["sender"] for call in deleted] == [Pizza]
    assert changed == []


M2M = SIGNAL | {"instance", "action", "reverse", "model", "pk_set", "using"}


def test_m2m_changed_forward_and_reverse(db, connect, spy, logged):
    connect(signals.m2m_changed, r.log_m2m_changed, sender=Pizza.toppings.through)
    pizza, garlic = Pizza.objects.create(name="marinara"), Topping.objects.create(name="garlic")
    pizza.toppings.add(garlic)
    garlic.pizza_set.remove(pizza)
    pizza.toppings.clear()
    assert logged("m2m_changed") == [
        ("Pizza_toppings", pizza, "pre_add", False, "Topping", {garlic.pk}, "default", False),
        ("Pizza_toppings", pizza, "post_add", False, "Topping", {garlic.pk}, "default", False),
        ("Pizza_toppings", garlic, "pre_remove", True, "Pizza", {pizza.pk}, "default", False),
        ("Pizza_toppings", garlic, "post_remove", True, "Pizza", {pizza.pk}, "default", False),
        ("Pizza_toppings", pizza, "pre_clear", False, "Topping", None, "default", False),
        ("Pizza_toppings", pizza, "post_clear", False, "Topping", None, "default", False),
    ]


def test_the_m2m_receiver_logs_raw_as_sent_and_false_where_it_is_not_sent(logged):
    # Django 5.2 and 6.0 send no raw; 6.1 sends it (True while loaddata runs).
    pizza = Pizza(name="marinara")
    sent = {"sender": Pizza.toppings.through, "instance": pizza, "action": "post_add", "reverse": False}
    sent |= {"model": Topping, "pk_set": {1}, "using": "default"}
    r.log_m2m_changed(**sent)
    r.log_m2m_changed(**sent, raw=True)
    assert [args[-1] for args in logged("m2m_changed")] == [False, True]


def test_set_sends_a_remove_and_an_add(db, spy):
    pizza = Pizza.objects.create(name="marinara")
    garlic, basil = Topping.objects.create(name="garlic"), Topping.objects.create(name="basil")
    pizza.toppings.add(garlic)
    calls = spy(signals.m2m_changed, Pizza.toppings.through)
    pizza.toppings.set([basil])
    assert [(c["action"], c["pk_set"]) for c in calls] == [
        ("pre_remove", {garlic.pk}),
        ("post_remove", {garlic.pk}),
        ("pre_add", {basil.pk}),
        ("post_add", {basil.pk}),
    ]


def test_m2m_changed_pk_set_holds_only_what_is_really_added(db, spy):
    pizza, garlic = Pizza.objects.create(name="marinara"), Topping.objects.create(name="garlic")
    pizza.toppings.add(garlic)
    calls = spy(signals.m2m_changed, Pizza.toppings.through)
    pizza.toppings.add(garlic)  # already there: nothing to insert
    assert [c["pk_set"] for c in calls] == [set(), set()]


@django_from("6.1", reason="m2m_changed sends raw")
def test_m2m_changed_sends_raw_since_django_6_1(db, spy):
    calls = spy(signals.m2m_changed, Pizza.toppings.through)
    call_command("loaddata", "menu", verbosity=0)
    assert [(c["action"], c["raw"]) for c in calls] == [("pre_add", True), ("post_add", True)]
    calls.clear()
    Pizza.objects.create(name="margherita").toppings.add(Topping.objects.create(name="basil"))
    assert set(calls[0]) == M2M | {"raw"} and calls[0]["raw"] is False


@django_before("6.1", reason="m2m_changed sends no raw")
def test_m2m_changed_has_no_raw_before_django_6_1(db, spy):
    calls = spy(signals.m2m_changed, Pizza.toppings.through)
    call_command("loaddata", "menu", verbosity=0)
    assert [c["action"] for c in calls] == ["pre_add", "post_add"]
    assert set(calls[0]) == M2M


def test_class_prepared_when_a_model_class_is_defined(connect, spy, logged):
    connect(signals.class_prepared, r.log_class_prepared)
    calls = spy(signals.class_prepared)
    with isolate_apps("reference"):

        class Calzone(models.Model):
            class Meta:
                app_label = "reference"

    assert logged("class_prepared") == [("reference.Calzone",)]
    assert calls == [{"signal": signals.class_prepared, "sender": Calzone}]


def test_class_prepared_comes_before_the_app_registry_knows_the_model(connect):
    # ModelBase.__new__() runs _prepare() (which sends the signal), then register_model().
    seen = []

    def look_up(sender, **kwargs):
        try:
            seen.append(sender._meta.apps.get_model(sender._meta.label))
        except LookupError as error:
            seen.append(error)

    connect(signals.class_prepared, look_up)
    with isolate_apps("reference") as apps:

        class Calzone(models.Model):
            class Meta:
                app_label = "reference"

        assert apps.get_model("reference.Calzone") is Calzone  # registered right after
    [error] = seen
    assert isinstance(error, LookupError) and "Calzone" in str(error)
