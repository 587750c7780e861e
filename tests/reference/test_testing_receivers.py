"""setting_changed and template_rendered, sent by override_settings and the test renderer."""

from django.conf import Settings, UserSettingsHolder
from django.core.signals import setting_changed as core_setting_changed
from django.test import override_settings
from django.test.signals import setting_changed, template_rendered
from django.template.base import Template

from reference import testing_receivers as r
from tests.utils import django_from


def test_setting_changed_is_sent_on_enter_and_on_exit(connect, spy, logged):
    connect(setting_changed, r.log_setting_changed)
    calls = spy(setting_changed)
    with override_settings(REFERENCE_GREETING="salaam"):
        pass
    assert logged("setting_changed") == [
        ("UserSettingsHolder", "REFERENCE_GREETING", "salaam", True),
        ("Settings", "REFERENCE_GREETING", None, False),  # restored: it did not exist before
    ]
    assert set(calls[0]) == {"signal", "sender", "setting", "value", "enter"}
    assert calls[0]["sender"] is UserSettingsHolder and calls[1]["sender"] is Settings
    assert setting_changed is core_setting_changed  # one signal, two import paths


def test_pytest_django_settings_fixture_sends_it_too(connect, settings, logged):
    connect(setting_changed, r.log_setting_changed)
    settings.TIME_ZONE = "Asia/Tehran"
    assert logged("setting_changed") == [("UserSettingsHolder", "TIME_ZONE", "Asia/Tehran", True)]


def test_template_rendered_by_a_view(connect, spy, settings, client, logged):
    settings.ROOT_URLCONF = "reference.urls"
    settings.TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True}]
    connect(template_rendered, r.log_template_rendered)
    calls = spy(template_rendered)
    response = client.get("/menu/")
    assert logged("template_rendered") == [("reference/menu.html", ["margherita", "marinara"])]
    assert set(calls[0]) == {"signal", "sender", "template", "context"}
    assert calls[0]["sender"] is calls[0]["template"] and isinstance(calls[0]["sender"], Template)
    assert type(calls[0]["context"]).__name__ == "RequestContext"
    # The test client listens to the same signal to fill response.templates.
    assert [t.name for t in response.templates] == ["reference/menu.html"]


@django_from("6.0", reason="template partials ({% partialdef %}) and PartialTemplate exist")
def test_template_rendered_by_a_partial(spy, settings):
    from django.template import Context, PartialTemplate

    settings.TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates"}]
    calls = spy(template_rendered)
    Template("{% partialdef item %}<li>{{ pizza }}</li>{% endpartialdef %}{% partial item %}").render(
        Context({"pizza": "margherita"})
    )
    assert [type(call["sender"]) for call in calls] == [Template, PartialTemplate]
    assert all(call["sender"] is call["template"] for call in calls)
