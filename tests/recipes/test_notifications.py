"""The customer is mailed after the commit; a failing mail server is logged, not raised."""

import logging
import re
from functools import partial

import pytest
from django.core.management import call_command
from django.db import transaction

from recipes.models import Ticket, TicketReply


@pytest.fixture
def ticket():
    return Ticket.objects.create(email="customer@example.com", subject="Broken lamp")


@pytest.mark.django_db(transaction=True)
def test_a_reply_is_mailed_after_the_commit(ticket, mailoutbox):
    with transaction.atomic():
        TicketReply.objects.create(ticket=ticket, text="Fixed.")
        assert mailoutbox == []
    assert [(m.subject, m.from_email, m.to, m.body) for m in mailoutbox] == [
        ("New reply to your ticket", "support@example.com", ["customer@example.com"], "Fixed.")
    ]


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_reply_is_never_mailed(ticket, mailoutbox):
    with pytest.raises(RuntimeError), transaction.atomic():
        TicketReply.objects.create(ticket=ticket, text="Fixed.")
        raise RuntimeError
    assert mailoutbox == []


@pytest.mark.django_db(transaction=True)
def test_editing_a_reply_mails_nothing(ticket, mailoutbox):
    reply = TicketReply.objects.create(ticket=ticket, text="Fixed.")
    reply.text = "Fixed, really."
    reply.save()
    assert len(mailoutbox) == 1


@pytest.mark.django_db(transaction=True)
def test_a_failing_mail_server_is_logged_and_the_next_callback_runs(ticket, monkeypatch, caplog):
    def smtp_down(*args, **kwargs):
        raise ConnectionError("SMTP down")

    monkeypatch.setattr("recipes.notifications.send_mail", smtp_down)
    ran = []
    with caplog.at_level(logging.ERROR, logger="django.db.backends.base"), transaction.atomic():
        TicketReply.objects.create(ticket=ticket, text="Fixed.")
        transaction.on_commit(lambda: ran.append("next"))
    assert ran == ["next"]
    assert TicketReply.objects.filter(text="Fixed.").exists()  # the reply is committed
    record = caplog.records[0]
    # The callback's own name (its __qualname__; the mutation gate's copy renames notify_customer).
    assert re.search(
        r"Error calling \w*notify_customer\w*\.<locals>\.send_reply_email in on_commit", record.getMessage()
    )
    assert isinstance(record.exc_info[1], ConnectionError)


def test_a_partial_has_no_qualname_for_the_log():
    assert not hasattr(partial(print, "hello"), "__qualname__")


@pytest.mark.django_db(transaction=True)
def test_loaddata_mails_nothing(mailoutbox):
    call_command("loaddata", "recipes", verbosity=0)  # commits: a callback would run
    assert TicketReply.objects.filter(text="Loaded.").exists() and mailoutbox == []


@pytest.mark.django_db(transaction=True, databases=["default", "other"])
def test_the_mail_waits_for_the_database_that_saved(mailoutbox):
    ticket = Ticket.objects.using("other").create(email="customer@example.com", subject="Broken lamp")
    with transaction.atomic(using="other"):
        TicketReply.objects.using("other").create(ticket=ticket, text="Fixed.")
        assert mailoutbox == []
    assert len(mailoutbox) == 1
