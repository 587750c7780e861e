"""disconnect() returns whether it removed something; has_listeners() says if anyone listens."""

import pytest
from django.core.cache import cache
from django.db.models.signals import post_save

from connecting.decorator import LATEST_ARTICLES_KEY, forget_latest_articles
from connecting.disconnecting import receiver_disconnected
from connecting.models import Article


@pytest.mark.django_db
def test_receiver_is_off_inside_the_block_and_back_after(django_capture_on_commit_callbacks, keep_receiver_order):
    keep_receiver_order(post_save)
    cache.set(LATEST_ARTICLES_KEY, ["cached"])
    with receiver_disconnected(
        post_save, forget_latest_articles, sender=Article, dispatch_uid="connecting.forget_latest_articles"
    ) as was_connected:
        assert was_connected is True
        Article.objects.create(title="Bulk import")
        assert cache.get(LATEST_ARTICLES_KEY) == ["cached"]
    with django_capture_on_commit_callbacks(execute=True):
        Article.objects.create(title="After")
    assert cache.get(LATEST_ARTICLES_KEY) is None


def test_disconnecting_what_is_not_connected_returns_false():
    from django.dispatch import Signal

    signal = Signal()

    def nobody(sender, **kwargs):  # pragma: no cover - never called
        pass

    with receiver_disconnected(signal, nobody) as was_connected:
        assert was_connected is False
    assert not signal.has_listeners()


def test_has_listeners_per_sender():
    from django.dispatch import Signal

    signal = Signal()

    def listener(sender, **kwargs):  # pragma: no cover - never called
        pass

    signal.connect(listener, sender="a")
    try:
        assert signal.has_listeners(sender="a")
        assert not signal.has_listeners(sender="b")
        # Without sender it asks "would send(sender=None) reach anyone?", not "is anything connected?".
        assert not signal.has_listeners()
    finally:
        signal.disconnect(listener, sender="a")


def test_lazy_string_sender_disconnect_returns_none(keep_receiver_order):
    keep_receiver_order(post_save)
    # ModelSignal resolves "app_label.ModelName" lazily and returns nothing: pass the class for a bool.
    assert (
        post_save.disconnect(
            forget_latest_articles, sender="connecting.Article", dispatch_uid="connecting.forget_latest_articles"
        )
        is None
    )
    try:
        assert not post_save.has_listeners(sender=Article) or forget_latest_articles not in dict(
            post_save.send(sender=Article, instance=Article(title="x"), created=False, using="default")
        )
    finally:
        post_save.connect(forget_latest_articles, sender=Article, dispatch_uid="connecting.forget_latest_articles")


# What disconnect() costs: each trade-off the page lists, pinned.

ARTICLE_SAVED = {"sender": Article, "created": False, "raw": False, "using": "default", "update_fields": None}


def test_disconnecting_is_process_wide(keep_receiver_order):
    keep_receiver_order(post_save)
    import threading

    receivers_in_other_thread = []

    def another_request():  # another thread of the same process, e.g. a concurrent request
        replies = post_save.send(instance=Article(title="x"), **ARTICLE_SAVED)
        receivers_in_other_thread.extend(receiver for receiver, _ in replies)

    with receiver_disconnected(
        post_save, forget_latest_articles, sender=Article, dispatch_uid="connecting.forget_latest_articles"
    ):
        thread = threading.Thread(target=another_request)
        thread.start()
        thread.join()
    assert receivers_in_other_thread and forget_latest_articles not in receivers_in_other_thread


def test_the_receiver_comes_back_last():
    from django.dispatch import Signal

    signal = Signal()

    def first(sender, **kwargs):
        return 1

    def second(sender, **kwargs):
        return 2

    signal.connect(first)
    signal.connect(second)
    with receiver_disconnected(signal, first):
        pass
    assert [reply for _, reply in signal.send(sender=None)] == [2, 1]  # the order changed


def test_a_strong_receiver_comes_back_weak():
    import gc

    from django.dispatch import Signal

    signal = Signal()

    def make_receiver():
        def closure(sender, **kwargs):  # pragma: no cover - never called
            pass

        return closure

    closure = make_receiver()
    signal.connect(closure, weak=False)  # kept alive by the signal alone
    with receiver_disconnected(signal, closure):
        pass
    del closure
    gc.collect()
    assert not signal.has_listeners()  # reconnected weakly, then collected


@pytest.mark.django_db
def test_a_lazy_string_sender_is_never_reconnected(connect):
    seen = []

    def listener(sender, **kwargs):
        seen.append(sender)

    connect(post_save, listener, sender="connecting.Article")
    with receiver_disconnected(post_save, listener, sender="connecting.Article") as was_connected:
        assert was_connected is None  # not True: the context manager will not reconnect
    post_save.send(instance=Article(title="x"), **ARTICLE_SAVED)
    assert seen == []  # gone for good
