"""ready() connects every recipe once, and a second ready() connects nothing new."""

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db.models import signals

from recipes import audit, counters, files, notifications, product_cache, search_index, sign_up
from recipes.models import Article, Document, Page, Product, Reply, TicketReply
from recipes.seeding import seed_labels

CONNECTED = [
    (signals.post_delete, Document, files.delete_file),
    (signals.post_save, Product, product_cache.forget_card),
    (signals.post_delete, Product, product_cache.forget_card),
    (signals.pre_save, Article, audit.remember_old_values),
    (signals.post_save, Article, audit.write_audit_entries),
    (signals.post_save, Reply, counters.count_new_reply),
    (signals.post_delete, Reply, counters.count_deleted_reply),
    (signals.post_save, Page, search_index.sync_page),
    (signals.post_delete, Page, search_index.sync_page),
    (signals.post_save, TicketReply, notifications.notify_customer),
    (signals.post_save, get_user_model(), sign_up.create_preferences),
]


def live_receivers(signal, sender):
    return signal._live_receivers(sender)[0]  # (sync, async) receivers for this sender


@pytest.mark.parametrize(("signal", "sender", "receiver"), CONNECTED)
def test_each_receiver_is_connected_once(signal, sender, receiver):
    assert live_receivers(signal, sender).count(receiver) == 1


def test_the_seed_listens_to_this_apps_post_migrate_only():
    recipes, auth = apps.get_app_config("recipes"), apps.get_app_config("auth")
    assert live_receivers(signals.post_migrate, recipes).count(seed_labels) == 1
    assert seed_labels not in live_receivers(signals.post_migrate, auth)


def test_a_second_ready_connects_nothing_new():
    before = {signal: len(signal.receivers) for signal, _, _ in CONNECTED} | {
        signals.post_migrate: len(signals.post_migrate.receivers)
    }
    apps.get_app_config("recipes").ready()
    assert {signal: len(signal.receivers) for signal in before} == before
