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
