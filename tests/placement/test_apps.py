"""ready() connects the receivers: found automatically, idempotent, active in commands."""

import pytest
from django.apps import AppConfig, apps
from django.db.models.signals import post_save

from placement.apps import PlacementConfig
from placement.models import Subscriber
from placement.signals import welcome_subscriber


def test_the_only_appconfig_in_apps_py_is_used_automatically():
    # INSTALLED_APPS lists just "placement": Django finds PlacementConfig by itself (since 3.2).
    assert type(apps.get_app_config("placement")) is PlacementConfig


def test_default_app_config_is_ignored(monkeypatch):
    import placement

    # An old tutorial's line in placement/__init__.py: Django no longer reads it.
    monkeypatch.setattr(placement, "default_app_config", "placement.apps.NoSuchConfig", raising=False)
    assert type(AppConfig.create("placement")) is PlacementConfig


def test_receiver_is_connected_for_subscriber_only():
    assert welcome_subscriber in dict(
        post_save.send(sender=Subscriber, instance=Subscriber(email="x@example.com"), created=False, using="default")
    )


def test_ready_twice_connects_nothing_new():
    before = len(post_save.receivers)
    config = apps.get_app_config("placement")
    config.ready()
    config.ready()
    assert len(post_save.receivers) == before


def test_a_query_while_apps_load_warns(db):
    # What a query in ready() triggers (Django 5.0+, ticket #33143): simulate "apps not ready yet".
    ready, stored = apps.ready, apps.stored_app_configs
    apps.ready, apps.stored_app_configs = False, []
    try:
        with pytest.warns(RuntimeWarning, match="Accessing the database during app initialization is discouraged"):
            Subscriber.objects.exists()
    finally:
        apps.ready, apps.stored_app_configs = ready, stored
