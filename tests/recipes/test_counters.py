"""reply_count follows save() and delete(); bulk paths need recount_replies()."""

import pytest
from django.core.management import call_command
from django.db import connection

from recipes.counters import recount_replies
from recipes.models import Reply, Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def topic():
    return Topic.objects.create(title="Signals")


def count(topic):
    return Topic.objects.values_list("reply_count", flat=True).get(pk=topic.pk)


def test_create_and_delete_keep_the_count(topic):
    first = Reply.objects.create(topic=topic, text="one")
    Reply.objects.create(topic=topic, text="two")
    assert count(topic) == 2
    first.delete()
    assert count(topic) == 1


def test_resaving_a_reply_counts_nothing(topic):
    reply = Reply.objects.create(topic=topic, text="one")
    reply.text = "edited"
    reply.save()
    assert count(topic) == 1


def test_a_stale_copy_of_the_topic_loses_no_reply(topic):
    stale = Topic.objects.get(pk=topic.pk)  # e.g. loaded by another request
    Reply.objects.create(topic=topic, text="one")
    Reply.objects.create(topic=stale, text="two")
    stale.title = "Renamed"
    stale.save(update_fields=["title"])  # saving other fields leaves the counter alone
    assert count(topic) == 2


def test_queryset_delete_counts_each_row(topic):
    Reply.objects.bulk_create([Reply(topic=topic, text=str(n)) for n in range(3)])
    recount_replies(Topic.objects.all())
    Reply.objects.filter(text__in=["0", "1"]).delete()  # post_delete for every row
    assert count(topic) == 1


def test_deleting_the_topic_deletes_its_replies_without_error(topic):
    Reply.objects.create(topic=topic, text="one")
    topic.delete()  # the cascade deletes the reply first and sends its post_delete
    assert not Topic.objects.exists() and not Reply.objects.exists()


def test_a_reply_whose_topic_is_gone_updates_nothing(topic):
    reply = Reply.objects.create(topic=topic, text="one")
    with connection.cursor() as cursor:  # removed meanwhile, without signals
        cursor.execute(f"DELETE FROM {Topic._meta.db_table} WHERE id = %s", [topic.pk])
    reply.delete()
    assert not Topic.objects.exists()


def test_bulk_create_skips_the_receivers_until_a_recount(topic):
    Reply.objects.bulk_create([Reply(topic=topic, text="one"), Reply(topic=topic, text="two")])
    assert count(topic) == 0  # no post_save: the counter is wrong
    assert recount_replies(Topic.objects.all()) == 1
    assert count(topic) == 2


def test_recount_sets_zero_for_a_topic_without_replies(topic):
    Topic.objects.filter(pk=topic.pk).update(reply_count=7)
    recount_replies(Topic.objects.all())
    assert count(topic) == 0


def test_loaddata_keeps_the_count_the_fixture_holds():
    call_command("loaddata", "recipes", verbosity=0)
    assert Topic.objects.get(pk=100).reply_count == 2


@pytest.mark.django_db(databases=["default", "other"])
def test_the_count_is_kept_on_the_database_of_the_reply():
    topic = Topic.objects.using("other").create(title="Signals")
    Topic.objects.create(pk=topic.pk, title="Same pk on default")
    first = Reply.objects.using("other").create(topic=topic, text="one")
    Reply.objects.using("other").create(topic=topic, text="two")
    assert Topic.objects.using("other").get(pk=topic.pk).reply_count == 2
    first.delete()  # post_delete too counts on the database of the reply
    assert Topic.objects.using("other").get(pk=topic.pk).reply_count == 1
    assert Topic.objects.get(pk=topic.pk).reply_count == 0
