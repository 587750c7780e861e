"""The admin's "Delete selected" action: QuerySet.delete(), so signals but no Model.delete()."""

import pytest
from django.contrib import admin
from django.contrib.admin.actions import delete_selected
from django.contrib.auth.models import User
from django.contrib.messages.storage.cookie import CookieStorage
from django.db.models.signals import post_delete, pre_delete

from overrides.admin import ArticleAdmin
from overrides.models import Article, Tombstone

pytestmark = pytest.mark.django_db


def test_the_article_admin_is_registered():
    assert isinstance(admin.site.get_model_admin(Article), ArticleAdmin)


def test_delete_selected_sends_the_signals_for_every_object(rf, connect):
    deleted = []
    for signal in (pre_delete, post_delete):
        connect(
            signal, lambda sender, instance, signal, **kwargs: deleted.append((signal, instance.title)), sender=Article
        )
    Article.objects.bulk_create([Article(title="a"), Article(title="b")])
    request = rf.post("/", {"post": "yes"})
    request.user = User.objects.create_superuser("admin", "admin@example.com", "pw")
    request._messages = CookieStorage(request)

    delete_selected(admin.site.get_model_admin(Article), request, Article.objects.order_by("title"))

    assert not Article.objects.exists()
    assert sorted(deleted, key=lambda d: (d[1], d[0] is post_delete)) == [
        (pre_delete, "a"), (post_delete, "a"), (pre_delete, "b"), (post_delete, "b"),
    ]  # fmt: skip
    # Model.delete() never ran; the QuerySet.delete() override did.
    assert list(Tombstone.objects.values_list("via", flat=True)) == ["queryset", "queryset"]


def test_queryset_update_sends_nothing(connect):
    from django.db.models.signals import post_save

    calls = []
    connect(post_save, lambda **kwargs: calls.append(kwargs), sender=Article)
    Article.objects.bulk_create([Article(title="a")])
    Article.objects.update(title="b")
    assert calls == []
