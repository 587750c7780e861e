"""Which bulk operations send model signals, and which do not (Django 5.2 and 6.1)."""

import pytest
from django.db import connection, models
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from model_signals.bulk_operations import publish_all, publish_each
from model_signals.models import Comment, Post, Tag
from tests.utils import django_before, django_from

pytestmark = pytest.mark.django_db
SIGNALS = {"pre_save": pre_save, "post_save": post_save, "pre_delete": pre_delete, "post_delete": post_delete,
           "m2m_changed": m2m_changed}  # fmt: skip


@pytest.fixture
def sent():
    """Names of the model signals sent during the test, with their sender's name."""
    calls = []
    receivers = {}
    for name, signal in SIGNALS.items():

        def record(sender, name=name, **kwargs):
            calls.append((name, sender.__name__))

        receivers[name] = record
        signal.connect(record)
    yield calls
    for name, signal in SIGNALS.items():
        assert signal.disconnect(receivers[name])


def test_publish_all_is_one_query_and_no_signals(sent, django_assert_num_queries):
    Post.objects.bulk_create([Post(title="a"), Post(title="b")])
    with django_assert_num_queries(1):
        assert publish_all(Post.objects.all()) == 2
    assert sent == []
    assert list(Post.objects.values_list("published", flat=True)) == [True, True]


def test_publish_each_sends_signals_for_every_row(sent):
    Post.objects.bulk_create([Post(title="a"), Post(title="b")])
    assert publish_each(Post.objects.all()) == 2
    assert sent == [("pre_save", "Post"), ("post_save", "Post")] * 2
    assert publish_each(Post.objects.all()) == 0


def test_publish_each_saves_the_published_flag_alone(connect):
    # Receivers see update_fields={"published"}: a receiver can tell this save from others.
    seen = []
    connect(pre_save, lambda sender, instance, update_fields, **kw: seen.append(update_fields), sender=Post, weak=False)
    Post.objects.bulk_create([Post(title="a")])
    assert publish_each(Post.objects.all()) == 1
    assert seen == [frozenset({"published"})]
    assert Post.objects.get().published


def test_bulk_create_and_bulk_update_send_nothing(sent):
    posts = Post.objects.bulk_create([Post(title="a"), Post(title="b")])
    for post in posts:
        post.title += "!"
    Post.objects.bulk_update(posts, ["title"])
    assert sent == []


def test_raw_sql_sends_nothing(sent):
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {Post._meta.db_table} (title, published, tag_names) VALUES ('raw', 0, '')")
    assert Post.objects.get().title == "raw" and sent == []


def test_queryset_delete_and_cascades_send_delete_signals_per_row(sent):
    post = Post.objects.create(title="a")
    Comment.objects.create(post=post, text="first")
    sent.clear()
    Post.objects.all().delete()  # not one bare DELETE: Django collects the rows to signal them
    assert sorted(sent) == [("post_delete", "Comment"), ("post_delete", "Post"),
                            ("pre_delete", "Comment"), ("pre_delete", "Post")]  # fmt: skip


def test_m2m_through_bulk_create_sends_nothing(sent):
    post, tag = Post.objects.create(title="a"), Tag.objects.create(name="django")
    sent.clear()
    Post.tags.through.objects.bulk_create([Post.tags.through(post=post, tag=tag)])
    assert sent == []
    post.tags.remove(tag)
    # pre_remove and post_remove, sent by the automatic through model (our tag_names receiver saves too).
    assert [call for call in sent if call[0] == "m2m_changed"] == [("m2m_changed", "Post_tags")] * 2


@django_before("6.1", reason="there is no DB_CASCADE")
def test_no_database_level_cascade_before_6_1():
    assert not hasattr(models, "DB_CASCADE")


@django_from("6.1", reason="on_delete=DB_CASCADE exists")
@pytest.mark.django_db(transaction=True)
def test_db_cascade_deletes_without_signals(sent):
    from django.test.utils import isolate_apps

    with isolate_apps("model_signals"):

        class Author(models.Model):
            class Meta:
                app_label = "model_signals"

        class Book(models.Model):
            author = models.ForeignKey(Author, on_delete=models.DB_CASCADE)

            class Meta:
                app_label = "model_signals"

        with connection.schema_editor() as editor:
            editor.create_model(Author)
            editor.create_model(Book)
        try:
            Book.objects.create(author=Author.objects.create())
            sent.clear()
            Author.objects.all().delete()
            assert not Book.objects.exists()  # the database deleted the book...
            assert sorted(sent) == [("post_delete", "Author"), ("pre_delete", "Author")]  # ...silently
        finally:
            with connection.schema_editor() as editor:
                editor.delete_model(Book)
                editor.delete_model(Author)
