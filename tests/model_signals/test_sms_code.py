"""The verification code is texted once, after commit, never on rollback; a gateway failure loses nothing."""

import logging

import pytest
from django.db import transaction

from model_signals.models import PhoneNumber
from model_signals.sms_gateway import gateway


@pytest.fixture(autouse=True)
def fresh_gateway():
    gateway.sent.clear()
    gateway.available = True
    yield gateway
    gateway.sent.clear()
    gateway.available = True


@pytest.mark.django_db
def test_code_is_texted_on_commit_only(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        phone = PhoneNumber.objects.create(number="+989120000000")
        assert gateway.sent == []  # saved, but not committed yet: nothing sent
    assert len(callbacks) == 1
    callbacks[0]()
    assert gateway.sent == [("+989120000000", f"Your verification code: {phone.verification_code}")]


@pytest.mark.django_db
def test_updates_send_nothing(django_capture_on_commit_callbacks):
    phone = PhoneNumber.objects.create(number="+989120000000")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        phone.save()
    assert callbacks == []


@pytest.mark.django_db
def test_rollback_sends_nothing(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(RuntimeError), transaction.atomic():
            PhoneNumber.objects.create(number="+989120000000")
            raise RuntimeError("something later in the same transaction failed")
    assert callbacks == []
    assert gateway.sent == []
    assert not PhoneNumber.objects.exists()


@pytest.mark.django_db
def test_gateway_failure_is_logged_and_the_row_kept(django_capture_on_commit_callbacks, caplog):
    gateway.available = False
    with caplog.at_level(logging.ERROR, logger="model_signals.sms_code"):
        with django_capture_on_commit_callbacks(execute=True):
            phone = PhoneNumber.objects.create(number="+989120000000")
    assert PhoneNumber.objects.filter(pk=phone.pk).exists()
    [record] = caplog.records
    assert record.getMessage() == f"Verification code for phone number {phone.pk} not sent"
    assert record.exc_info[0].__name__ == "SmsGatewayError"


@pytest.mark.django_db(transaction=True)
def test_a_real_commit_texts_the_code():
    with transaction.atomic():
        PhoneNumber.objects.create(number="+989120000001")
        assert gateway.sent == []
    assert [number for number, _ in gateway.sent] == ["+989120000001"]


@pytest.mark.django_db(transaction=True, databases=["default", "other"])
def test_the_text_waits_for_the_database_the_number_is_saved_to():
    with transaction.atomic(using="other"):
        PhoneNumber.objects.using("other").create(number="+989120000002")
        assert gateway.sent == []  # "other" has not committed: on_commit(using=using) waits for it
    assert [number for number, _ in gateway.sent] == ["+989120000002"]
