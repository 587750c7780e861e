"""Default labels, created after every migrate, on the database being migrated."""

from django.apps import apps as global_apps

DEFAULT_LABELS = ("bug", "question", "feature")


def seed_labels(sender, using, apps=global_apps, **kwargs):
    # migrate passes the models as its migrations have built them (apps=); flush
    # sends post_migrate without them, so fall back to the installed models.
    try:
        Label = apps.get_model("recipes", "Label")
    except LookupError:
        return  # the plan left this app unmigrated (migrate recipes zero)
    for name in DEFAULT_LABELS:
        # Idempotent: migrate runs on every deployment, and this with it.
        Label.objects.using(using).get_or_create(name=name)
