"""connect() with a lazy "app_label.ModelName" sender: resolved to the model class."""

import pytest
from django.db.models.signals import post_save

from connecting.connect_method import connect_article_log, log_article_saved
from connecting.models import Article
from tests.utils import django_before, django_from

pytestmark = pytest.mark.django_db


def replies_for(sender, **kwargs):
    # Every argument save() sends: the other receivers of Article read `using`.
    return dict(post_save.send(sender=sender, raw=False, using="default", update_fields=None, **kwargs))


def test_lazy_string_sender_resolves_to_the_class():
    # ConnectingConfig.ready() already called connect_article_log().
    article = Article(title="Lazy")
    assert replies_for(Article, instance=article, created=True)[log_article_saved] == "created 'Lazy'"


def test_sending_with_the_string_raises():
    # The string is only understood by connect()/disconnect(). Model signals cache receivers
    # per sender in a WeakKeyDictionary (5.2 and 6.1 alike): a str cannot be weakly referenced.
    with pytest.raises(TypeError, match="cannot create weak reference to 'str' object"):
        post_save.send(sender="connecting.Article", instance=None, created=True)


def test_connect_article_log_connects_for_articles_only(keep_receiver_order):
    keep_receiver_order(post_save)
    # Undo what ready() did, then connect again: the lazy sender resolves to Article at once.
    assert post_save.disconnect(sender=Article, dispatch_uid="connecting.log_article_saved")
    try:
        assert log_article_saved not in replies_for(Article, instance=Article(title="Off"), created=True)
    finally:
        connect_article_log()
    assert replies_for(Article, instance=Article(title="On"), created=True)[log_article_saved] == "created 'On'"
    assert log_article_saved not in replies_for(Sender, instance=None, created=True)


def test_connect_again_is_a_no_op_thanks_to_dispatch_uid():
    before = len(post_save.receivers)
    connect_article_log()
    assert len(post_save.receivers) == before


def test_updates_are_logged_too():
    article = Article.objects.create(title="Draft")
    article.title = "Final"
    assert replies_for(Article, instance=article, created=False)[log_article_saved] == "updated 'Final'"


def test_model_signals_refuse_a_string_that_is_not_a_model_reference():
    def receiver(sender, **kwargs):
        pass

    with pytest.raises(ValueError, match="must be of the form 'app_label.ModelName'"):
        post_save.connect(receiver, sender="Me")


def test_arbitrary_strings_are_matched_by_identity_not_equality():
    # Any object can be a sender of a plain Signal; only the same object matches.
    from django.dispatch import Signal

    signal = Signal()
    me = "".join(["M", "e"])  # equal to "Me", but a different object

    def receiver(sender, **kwargs):
        return sender

    signal.connect(receiver, sender=me)
    try:
        assert signal.send(sender=me) == [(receiver, "Me")]
        assert signal.send(sender="Me") == []
        assert me == "Me"
    finally:
        assert signal.disconnect(receiver, sender=me)


class Sender:
    pass


def connections_after_the_sender_is_freed():
    from django.dispatch import Signal

    signal, sender = Signal(), Sender()
    signal.connect(log_article_saved, sender=sender)
    del sender  # freed at once on CPython
    signal.send(sender=None)  # send() drops entries it knows to be dead
    return len(signal.receivers)


@django_from("6.0", reason="the signal keeps a weak reference to the sender (#35801)")
def test_connection_goes_away_with_its_sender_on_django_6():
    assert connections_after_the_sender_is_freed() == 0


@django_before("6.0", reason="the signal keeps only id(sender) (#35801 changed it)")
def test_connection_outlives_its_sender_on_django_5_2():
    assert connections_after_the_sender_is_freed() == 1
