import pytest
from django.db import transaction
from django.db.models.signals import post_save

from model_signals.models import PhoneNumber
from model_signals.sms_code import send_verification_code
from model_signals.sms_gateway import gateway
from testing_signals.muting import muted

NUMBER = "+989120000001"


@pytest.fixture(autouse=True)
def only_your_texts():
    # The page's own receiver texts a verification code to each new number: mute it.
    uid = "model_signals.send_verification_code"
    with muted(post_save, send_verification_code, sender=PhoneNumber, dispatch_uid=uid):
        gateway.sent.clear()
        yield
        gateway.sent.clear()


def texted():
    return [number for number, _text in gateway.sent]


@pytest.mark.django_db
def test_texts_a_new_number_after_commit(answer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        PhoneNumber.objects.create(number=NUMBER)
    assert gateway.sent == [(NUMBER, "Welcome!")]


@pytest.mark.django_db
def test_nothing_before_the_commit(answer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        PhoneNumber.objects.create(number=NUMBER)
        assert texted() == []


@pytest.mark.django_db
def test_later_saves_text_nothing(answer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        phone = PhoneNumber.objects.create(number=NUMBER)
    gateway.sent.clear()
    with django_capture_on_commit_callbacks(execute=True):
        phone.save()
    assert texted() == []


@pytest.mark.django_db(transaction=True, databases=["default", "other"])
def test_waits_for_its_database(answer):
    with pytest.raises(RuntimeError), transaction.atomic(using="other"):
        PhoneNumber.objects.using("other").create(number=NUMBER)
        raise RuntimeError("rolled back")
    assert texted() == []
