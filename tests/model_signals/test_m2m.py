"""m2m_changed: actions, reverse, pk_set, the through sender; tag_names kept in step from both sides."""

import django
import pytest
from django.core import serializers
from django.db.models.signals import m2m_changed

from model_signals.models import Post, Tag
from tests.utils import django_before, django_from

pytestmark = pytest.mark.django_db


@pytest.fixture
def post_and_tags():
    post = Post.objects.create(title="Signals")
    return post, Tag.objects.create(name="django"), Tag.objects.create(name="python")


def names(post):
    post.refresh_from_db()
    return post.tag_names


def test_forward_add_remove_clear(post_and_tags):
    post, django_tag, python_tag = post_and_tags
    post.tags.add(python_tag, django_tag)
    assert names(post) == "django, python"
    post.tags.remove(python_tag)
    assert names(post) == "django"
    post.tags.clear()
    assert names(post) == ""


def test_reverse_add_remove_clear(post_and_tags):
    post, django_tag, python_tag = post_and_tags
    other = Post.objects.create(title="Other")
    django_tag.posts.add(post, other)
    assert names(post) == names(other) == "django"
    django_tag.posts.remove(other)
    assert names(other) == ""
    python_tag.posts.add(post)
    python_tag.posts.clear()  # pk_set is None on clear: the receiver remembered the posts at pre_clear
    assert names(post) == "django"


def test_deleting_a_tag_updates_the_posts_tag_names(post_and_tags):
    post, django_tag, python_tag = post_and_tags
    post.tags.add(python_tag, django_tag)
    django_tag.delete()  # alone, the cascade to the through rows sends no m2m_changed
    assert names(post) == "python"
    Tag.objects.filter(pk=python_tag.pk).delete()  # a queryset delete sends pre_delete per tag too
    assert names(post) == ""


@pytest.fixture
def actions():
    calls = []

    def record(sender, action, instance, reverse, model, pk_set, **kwargs):
        calls.append((sender, action, type(instance).__name__, reverse, model.__name__, pk_set, sorted(kwargs)))

    m2m_changed.connect(record, sender=Post.tags.through)
    yield calls
    assert m2m_changed.disconnect(record, sender=Post.tags.through)


def test_arguments_of_each_action(post_and_tags, actions):
    post, django_tag, _ = post_and_tags
    post.tags.add(django_tag)
    post.tags.add(django_tag)  # already there: pk_set is empty
    django_tag.posts.remove(post)
    post.tags.clear()
    through = Post.tags.through
    extra = ["raw", "signal", "using"] if django.VERSION >= (6, 1) else ["signal", "using"]
    assert actions == [
        (through, "pre_add", "Post", False, "Tag", {django_tag.pk}, extra),
        (through, "post_add", "Post", False, "Tag", {django_tag.pk}, extra),
        (through, "pre_add", "Post", False, "Tag", set(), extra),
        (through, "post_add", "Post", False, "Tag", set(), extra),
        (through, "pre_remove", "Tag", True, "Post", {post.pk}, extra),
        (through, "post_remove", "Tag", True, "Post", {post.pk}, extra),
        (through, "pre_clear", "Post", False, "Tag", None, extra),
        (through, "post_clear", "Post", False, "Tag", None, extra),
    ]


def raw_sent_by_an_add(connect, post, tag) -> list:
    """The ``raw`` argument of each m2m_changed that ``post.tags.add(tag)`` sends ("absent" without one)."""
    seen = []
    connect(m2m_changed, lambda sender, **kwargs: seen.append(kwargs.get("raw", "absent")), sender=Post.tags.through)
    post.tags.add(tag)
    return seen


@django_from("6.1", reason="m2m_changed sends raw")
def test_django_6_1_sends_raw_false_outside_loaddata(post_and_tags, connect):
    post, django_tag, _ = post_and_tags
    assert raw_sent_by_an_add(connect, post, django_tag) == [False, False]


@django_before("6.1", reason="m2m_changed sends no raw")
def test_before_6_1_sends_no_raw_argument(post_and_tags, connect):
    post, django_tag, _ = post_and_tags
    assert raw_sent_by_an_add(connect, post, django_tag) == ["absent", "absent"]


@pytest.fixture
def raw_flags():
    seen = []

    def record(sender, action, **kwargs):
        seen.append((action, kwargs.get("raw", "not sent")))

    m2m_changed.connect(record, sender=Post.tags.through)
    yield seen
    assert m2m_changed.disconnect(record, sender=Post.tags.through)


def load_post_fixture(tag):
    data = (
        f'[{{"model": "model_signals.post", "pk": 90, "fields": {{"title": "Fixture", "published": false,'
        f' "tag_names": "from fixture", "tags": [{tag.pk}]}}}}]'
    )
    for obj in serializers.deserialize("json", data):
        obj.save()  # what loaddata does
    return Post.objects.get(pk=90)


@django_from("6.1", reason="loaddata sends m2m_changed with raw=True")
def test_loaddata_sends_raw_true_on_django_6_1(post_and_tags, raw_flags):
    post = load_post_fixture(post_and_tags[1])
    assert raw_flags == [("pre_add", True), ("post_add", True)]
    assert post.tag_names == "from fixture"  # the receiver left the fixture alone


@django_before("6.1", reason="loaddata sends m2m_changed without raw")
def test_loaddata_sends_no_raw_before_django_6_1(post_and_tags, raw_flags):
    post = load_post_fixture(post_and_tags[1])
    assert raw_flags == [("pre_add", "not sent"), ("post_add", "not sent")]
    assert post.tag_names == "django"  # indistinguishable from a normal add: the receiver ran


def test_pk_set_of_remove_holds_every_key_asked_for(post_and_tags, actions):
    post, django_tag, python_tag = post_and_tags
    post.tags.add(django_tag)
    post.tags.add(django_tag)  # already there: add leaves it out
    post.tags.remove(django_tag, python_tag)  # python_tag was never added: remove keeps it
    pk_sets = [(action, pk_set) for _, action, _, _, _, pk_set, _ in actions]
    assert pk_sets == [
        ("pre_add", {django_tag.pk}), ("post_add", {django_tag.pk}),
        ("pre_add", set()), ("post_add", set()),
        ("pre_remove", {django_tag.pk, python_tag.pk}), ("post_remove", {django_tag.pk, python_tag.pk}),
    ]  # fmt: skip


def test_tag_names_cost_one_read_of_the_tags_and_a_write_of_tag_names_alone(post_and_tags):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    _, django_tag, python_tag = post_and_tags
    posts = [Post.objects.create(title=f"Post {n}") for n in range(3)]
    with CaptureQueriesContext(connection) as queries:
        django_tag.posts.add(*posts)  # reverse: pk_set holds the three posts
    sql = [q["sql"] for q in queries.captured_queries]
    reads = [q for q in sql if q.startswith("SELECT") and 'FROM "model_signals_tag"' in q]
    assert len(reads) == 1, reads  # prefetch_related("tags"): one query for every post's tags
    writes = [q for q in sql if q.startswith('UPDATE "model_signals_post"')]
    assert len(writes) == 3 and all(q.startswith('UPDATE "model_signals_post" SET "tag_names" = ') for q in writes)
    assert all(" WHERE " in q and q.count(" = ") == 2 for q in writes), writes  # tag_names alone, by pk
    assert {p.tag_names for p in Post.objects.filter(pk__in=[p.pk for p in posts])} == {"django"}


@pytest.mark.django_db(databases=["default", "other"])
def test_on_another_database_the_receiver_writes_there():
    decoy = Post.objects.create(title="Default")  # may share its pk with the other database's post
    post = Post.objects.using("other").create(title="Elsewhere")
    tag = Tag.objects.using("other").create(name="django")
    post.tags.add(tag)
    assert Post.objects.using("other").get(pk=post.pk).tag_names == "django"
    tag.posts.clear()
    assert Post.objects.using("other").get(pk=post.pk).tag_names == ""
    tag.posts.add(post)  # from the tag's side: pk_set, on the tag's database
    assert Post.objects.using("other").get(pk=post.pk).tag_names == "django"
    tag.delete()
    assert Post.objects.using("other").get(pk=post.pk).tag_names == ""
    decoy.refresh_from_db()
    assert decoy.tag_names == ""  # the default database was never touched
