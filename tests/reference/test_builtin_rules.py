"""Rules that hold for the built-in signals, as the reference pages state them, one test each."""

import pytest
from django.core.signals import got_request_exception, request_started
from django.db import close_old_connections, transaction
from django.db.models.signals import m2m_changed, post_init, post_save, pre_delete, pre_save
from django.db.transaction import TransactionManagementError
from django.test import override_settings
from django.test.signals import setting_changed

from reference.models import Pizza, Topping


def refuse(sender, **kwargs):
    raise RuntimeError("refused")


@pytest.mark.django_db
def test_model_signals_ignore_return_values(connect):
    connect(pre_save, lambda **kwargs: False, sender=Pizza, weak=False)  # no veto
    Pizza.objects.create(name="Margherita")
    assert Pizza.objects.filter(name="Margherita").exists()


@pytest.mark.django_db
def test_a_post_init_exception_breaks_every_queryset_that_loads_the_model(connect):
    Pizza.objects.create(name="Margherita")
    connect(post_init, refuse, sender=Pizza)
    with pytest.raises(RuntimeError):
        Pizza(name="Marinara")
    with pytest.raises(RuntimeError):
        list(Pizza.objects.all())
    assert Pizza.objects.count() == 1  # no instance is built, so no receiver runs


@pytest.mark.django_db(transaction=True)
def test_a_pre_delete_exception_rolls_the_deletion_back(connect):
    pizza = Pizza.objects.create(name="Margherita")
    connect(pre_delete, refuse, sender=Pizza)
    with pytest.raises(RuntimeError):
        pizza.delete()
    assert Pizza.objects.filter(pk=pizza.pk).exists()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("action", ["pre_add", "post_add"])
def test_an_m2m_changed_exception_undoes_the_add(connect, action):
    pizza = Pizza.objects.create(name="Margherita")
    basil = Topping.objects.create(name="basil")

    def refuse_on(sender, action=None, **kwargs):
        if action == refuse_on.action:
            raise RuntimeError(action)

    refuse_on.action = action
    connect(m2m_changed, refuse_on, sender=Pizza.toppings.through)
    with pytest.raises(RuntimeError):
        pizza.toppings.add(basil)  # pre_add, INSERT and post_add share one transaction
    assert not pizza.toppings.exists()


@pytest.mark.django_db(transaction=True)
def test_an_m2m_changed_exception_caught_inside_atomic_poisons_the_transaction(connect):
    pizza = Pizza.objects.create(name="Margherita")
    basil = Topping.objects.create(name="basil")
    connect(m2m_changed, refuse, sender=Pizza.toppings.through)
    with pytest.raises(TransactionManagementError), transaction.atomic():
        try:
            pizza.toppings.add(basil)
        except RuntimeError:
            pass
        Pizza.objects.count()


@pytest.mark.django_db(transaction=True)
def test_a_post_save_exception_inside_atomic_can_be_caught(connect):
    def refuse_margherita(sender, instance, **kwargs):
        if instance.name == "Margherita":
            raise RuntimeError("refused")

    connect(post_save, refuse_margherita, sender=Pizza)
    with transaction.atomic():
        with pytest.raises(RuntimeError):
            Pizza.objects.create(name="Margherita")
        Pizza.objects.create(name="Marinara")  # the transaction is still usable
    assert Pizza.objects.count() == 2


@pytest.mark.django_db
def test_a_request_started_exception_escapes_the_handler(client, connect):
    connect(request_started, refuse)
    failures = []
    connect(got_request_exception, lambda **kwargs: failures.append(kwargs), weak=False)
    try:
        with pytest.raises(RuntimeError):
            client.get("/")  # raised before any middleware: no 500 page, no got_request_exception
        # The test Client disconnects close_old_connections around its send and, after
        # this exception, never reconnects it.
        assert failures == []
        assert request_started.disconnect(close_old_connections) is False
    finally:
        request_started.connect(close_old_connections)


def test_override_settings_runs_every_setting_changed_receiver_then_raises(connect):
    seen = []
    connect(setting_changed, refuse)
    connect(setting_changed, lambda setting, enter, **kwargs: seen.append((setting, enter)), weak=False)
    with pytest.raises(RuntimeError):
        with override_settings(SITE_LABEL="x"):
            pass  # never reached: entering raises
    # Entering sends with send(): the failure stops it before the second receiver. Then
    # override_settings restores the settings and sends with send_robust(): every receiver runs.
    assert seen == [("SITE_LABEL", False)]


@pytest.mark.django_db
def test_a_request_finished_exception_escapes_when_the_response_is_closed(client, connect):
    from django.core.signals import request_finished

    connect(request_finished, refuse)
    try:
        with pytest.raises(RuntimeError):
            client.get("/")  # the test Client closes the response, as a WSGI server would
        assert request_finished.disconnect(close_old_connections) is False
    finally:
        request_finished.connect(close_old_connections)


@pytest.fixture
def session_request(rf):
    from importlib import import_module

    from django.conf import settings

    request = rf.get("/")
    request.session = import_module(settings.SESSION_ENGINE).SessionStore()
    return request


@pytest.mark.django_db
def test_a_user_logged_in_exception_comes_after_the_login(connect, session_request, django_user_model):
    from django.contrib.auth import SESSION_KEY, login
    from django.contrib.auth.signals import user_logged_in

    user = django_user_model.objects.create_user("ada", password="pw")
    connect(user_logged_in, refuse)
    with pytest.raises(RuntimeError):
        login(session_request, user, backend="django.contrib.auth.backends.ModelBackend")
    assert session_request.session[SESSION_KEY] == str(user.pk)  # logged in all the same


@pytest.mark.django_db
def test_a_user_logged_out_exception_leaves_the_session_alone(connect, session_request, django_user_model):
    from django.contrib.auth import SESSION_KEY, login, logout
    from django.contrib.auth.signals import user_logged_out

    user = django_user_model.objects.create_user("ada", password="pw")
    login(session_request, user, backend="django.contrib.auth.backends.ModelBackend")
    connect(user_logged_out, refuse)
    with pytest.raises(RuntimeError):
        logout(session_request)
    assert session_request.session[SESSION_KEY] == str(user.pk)  # still logged in


@pytest.mark.django_db
def test_a_user_login_failed_exception_escapes_authenticate(connect):
    from django.contrib.auth import authenticate
    from django.contrib.auth.signals import user_login_failed

    connect(user_login_failed, refuse)
    with pytest.raises(RuntimeError):
        authenticate(username="nobody", password="wrong")


@pytest.mark.django_db
def test_a_pre_migrate_exception_stops_migrate(connect):
    from django.core.management import call_command
    from django.db.models.signals import pre_migrate

    connect(pre_migrate, refuse)
    with pytest.raises(RuntimeError):
        call_command("migrate", verbosity=0)


def test_a_class_prepared_exception_stops_the_model_class_from_being_created(connect):
    from django.db import models
    from django.db.models.signals import class_prepared
    from django.test.utils import isolate_apps

    connect(class_prepared, refuse)
    with isolate_apps("reference"), pytest.raises(RuntimeError):

        class Crust(models.Model):
            class Meta:
                app_label = "reference"


def test_a_template_rendered_exception_escapes_render(connect, settings):
    from django.template import Context, Template
    from django.test.signals import template_rendered

    settings.TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates"}]
    connect(template_rendered, refuse)
    with pytest.raises(RuntimeError):
        Template("hi").render(Context())  # pytest-django has set up the test environment


@pytest.mark.django_db
def test_a_connection_created_exception_leaves_the_connection_open_and_unannounced(connect):
    from django.db import connections
    from django.db.backends.signals import connection_created

    connect(connection_created, refuse)
    connection = connections.create_connection("default")
    try:
        with pytest.raises(RuntimeError):  # not wrapped in a DatabaseError
            connection.ensure_connection()
        assert connection.connection is not None  # already open when the signal was sent
        with connection.cursor() as cursor:  # so the next query uses it, and nothing is sent
            cursor.execute("SELECT 1")
    finally:
        connection.close()
        if connection.connection is not None:
            connection.connection.close()  # close() keeps an in-memory test database open


@pytest.mark.django_db
def test_connection_created_ignores_return_values(connect):
    from django.db import connections
    from django.db.backends.signals import connection_created

    seen = []
    connect(connection_created, lambda **kwargs: False, weak=False)
    connect(connection_created, lambda connection, **kwargs: seen.append(connection.alias), weak=False)
    connection = connections.create_connection("default")
    try:
        connection.ensure_connection()
    finally:
        connection.close()
        if connection.connection is not None:
            connection.connection.close()
    assert seen == ["default"]


def test_a_got_request_exception_exception_escapes_once_per_middleware_layer(client, connect, settings):
    settings.ROOT_URLCONF = "reference.urls"
    seen = []

    def refuse_request(sender, request, **kwargs):
        seen.append(request.path)
        raise RuntimeError("refused")

    connect(got_request_exception, refuse_request)
    with pytest.raises(RuntimeError, match="refused"):
        client.get("/broken/")  # no 500 page: the exception escapes the handler
    # Each middleware layer catches the exception the inner one raised and sends the
    # signal again: one send for the view, one for each middleware.
    assert seen == ["/broken/"] * (len(settings.MIDDLEWARE) + 1)
