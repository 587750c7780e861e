"""Connecting to an abstract model: accepted, never called; by name, a system check error."""

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from django.db.models.signals import post_save

from overrides import abstract
from overrides.models import Headline, NewsFlash

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.django_db
def test_a_receiver_connected_to_the_abstract_model_never_runs():
    abstract.connect_to_the_abstract_model()
    try:
        assert post_save.has_listeners(Headline)
        assert not post_save.has_listeners(NewsFlash)
        NewsFlash.objects.create(title="x")  # sent with sender=NewsFlash only
        assert post_save.send(sender=NewsFlash, instance=None) == []
    finally:
        assert post_save.disconnect(abstract.announce, sender=Headline)


@pytest.mark.django_db
def test_connect_to_each_concrete_model():
    abstract.connect_to_each_concrete_model()
    try:
        [(receiver, response)] = post_save.send(sender=NewsFlash, instance=NewsFlash(title="x"))
    finally:
        abstract.disconnect_from_each_concrete_model()
    assert (receiver, response) == (abstract.announce, "NewsFlash: x")
    assert not post_save.has_listeners(NewsFlash)


def test_a_lazy_reference_to_an_abstract_model_fails_the_system_check():
    # An abstract model is never registered: the lazy connection waits for ever, and
    # the check framework reports it (signals.E001). A subprocess keeps it out of this process.
    script = textwrap.dedent("""
        import django
        django.setup()
        from django.core.management import call_command
        from django.db.models.signals import post_save
        from overrides.abstract import announce
        post_save.connect(announce, sender="overrides.Headline")
        call_command("check")
    """)
    env = {"DJANGO_SETTINGS_MODULE": "signals_site.settings", "PYTHONPATH": str(EXAMPLES)}
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=EXAMPLES)
    assert proc.returncode == 1
    assert "(signals.E001)" in proc.stderr
    assert "lazy reference to the sender 'overrides.headline'" in proc.stderr
    assert "but app 'overrides' doesn't provide model 'headline'" in proc.stderr


def test_a_string_that_is_not_app_label_dot_model_raises_at_connect():
    with pytest.raises(ValueError, match="must be of the form 'app_label.ModelName'"):
        post_save.connect(abstract.announce, sender="Headline")
