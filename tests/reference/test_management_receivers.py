"""pre_migrate and post_migrate, sent by the real migrate and flush commands."""

import gc
from io import StringIO

import pytest
from django.apps import apps
from django.apps.registry import Apps
from django.core.management import call_command
from django.db.migrations.state import StateApps
from django.db.models import signals
from django.utils import inspect

from reference import management_receivers as r


@pytest.fixture(autouse=True)
def free_migration_state():
    """Let the model states that migrate renders die before the leak check looks.

    Each rendered model registers a weak setting_changed receiver. Two of Django's
    caches keep the last ones alive (Apps.get_models, and a private cache of
    function signatures): not a leak, but the leak check cannot tell, so empty
    them and collect.
    """
    yield
    Apps.get_models.cache_clear()
    inspect._get_func_parameters.cache_clear()
    gc.collect()


SENT_BY_MIGRATE = {"signal", "sender", "app_config", "verbosity", "interactive", "stdout", "using", "plan", "apps"}


def test_migrate_sends_both_signals_once_per_app_with_models(db, connect, spy, logged):
    reference = apps.get_app_config("reference")
    connect(signals.pre_migrate, r.log_pre_migrate, sender=reference)
    connect(signals.post_migrate, r.log_post_migrate, sender=reference)
    pre, post = spy(signals.pre_migrate), spy(signals.post_migrate)
    out = StringIO()
    call_command("migrate", verbosity=1, interactive=False, stdout=out)
    assert "Preparing reference on default: 0 migration(s) to run" in out.getvalue()
    assert logged("pre_migrate") == [("reference", "default", False)]
    assert logged("post_migrate") == [("reference", "default", False, [])]
    with_models = [a for a in apps.get_app_configs() if a.models_module is not None]
    assert [c["sender"] for c in pre] == [c["sender"] for c in post] == with_models
    assert set(pre[0]) == set(post[0]) == SENT_BY_MIGRATE
    assert pre[0]["app_config"] is pre[0]["sender"] and pre[0]["stdout"] is not None
    assert isinstance(pre[0]["apps"], StateApps) and pre[0]["apps"].get_model("reference", "Pizza")


def test_quiet_migrate_writes_nothing(db, connect):
    connect(signals.pre_migrate, r.log_pre_migrate, sender=apps.get_app_config("reference"))
    out = StringIO()
    call_command("migrate", verbosity=0, interactive=False, stdout=out)
    assert out.getvalue() == ""


def test_flush_sends_post_migrate_without_stdout_plan_or_apps(db, connect, spy, logged):
    connect(signals.post_migrate, r.log_post_migrate, sender=apps.get_app_config("reference"))
    post = spy(signals.post_migrate)
    call_command("flush", verbosity=0, interactive=False)
    assert logged("post_migrate") == [("reference", "default", False, None)]
    assert set(post[0]) == {"signal", "sender", "app_config", "verbosity", "interactive", "using"}


def test_post_migrate_ignores_return_values_and_runs_every_receiver(db, connect, spy):
    reference = apps.get_app_config("reference")
    connect(signals.post_migrate, lambda **kwargs: False, sender=reference, weak=False)
    after = spy(signals.post_migrate, sender=reference)
    call_command("migrate", verbosity=0, interactive=False)
    assert len(after) == 1  # sent with send(): False stops nothing


def test_post_migrate_apps_is_the_migration_state_not_the_app_registry(db, connect, spy):
    post = spy(signals.post_migrate, sender=apps.get_app_config("reference"))
    call_command("migrate", verbosity=0, interactive=False)
    state_apps = post[0]["apps"]
    assert isinstance(state_apps, StateApps) and state_apps is not apps
    Pizza = state_apps.get_model("reference", "Pizza")  # a historical model, rebuilt from the migrations
    assert Pizza is not apps.get_model("reference", "Pizza")
    assert post[0]["plan"] == []  # nothing to migrate: an empty plan, still sent


def test_migrate_at_verbosity_2_announces_each_app_before_its_post_migrate(db):
    out = StringIO()
    call_command("migrate", verbosity=2, interactive=False, stdout=out)
    assert "Running post-migrate handlers for application reference" in out.getvalue()


def test_flush_with_inhibit_post_migrate_sends_nothing(db, spy):
    post = spy(signals.post_migrate)
    call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
    assert post == []  # what transactional tests with available_apps do between tests


def test_a_post_migrate_exception_escapes_flush_after_the_tables_are_emptied(db, connect, spy):
    from reference.models import Pizza

    def refuse(sender, **kwargs):
        raise RuntimeError("refused")

    reference = apps.get_app_config("reference")
    Pizza.objects.create(name="Margherita")
    connect(signals.post_migrate, refuse, sender=reference)
    post = spy(signals.post_migrate)
    with pytest.raises(RuntimeError):
        call_command("flush", verbosity=0, interactive=False)
    assert not Pizza.objects.exists()
    senders = [c["sender"] for c in post]
    with_models = [a for a in apps.get_app_configs() if a.models_module is not None]
    assert reference not in senders  # refuse ran first and stopped the send for this app
    assert senders == with_models[: with_models.index(reference)]  # and for every later app
