"""disconnect() returns whether it removed something; has_listeners() says if anyone listens."""

import pytest
from django.core.cache import cache
from django.db.models.signals import post_save

from connecting.decorator import LATEST_ARTICLES_KEY, forget_latest_articles
from connecting.disconnecting import receiver_disconnected
from connecting.models import Article


@pytest.mark.django_db
def test_receiver_is_off_inside_the_block_and_back_after(django_capture_on_commit_callbacks):
    cache.set(LATEST_ARTICLES_KEY, ["cached"])
    with receiver_disconnected(post_save, forget_latest_articles, sender=Article,
                               dispatch_uid="connecting.forget_latest_articles") as was_connected:
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


def test_lazy_string_sender_disconnect_returns_none():
    # ModelSignal resolves "app_label.ModelName" lazily and returns nothing: pass the class for a bool.
    assert post_save.disconnect(forget_latest_articles, sender="connecting.Article",
                                dispatch_uid="connecting.forget_latest_articles") is None
    try:
        assert not post_save.has_listeners(sender=Article) or forget_latest_articles not in dict(
            post_save.send(sender=Article, instance=Article(title="x"), created=False))
    finally:
        post_save.connect(forget_latest_articles, sender=Article, dispatch_uid="connecting.forget_latest_articles")
