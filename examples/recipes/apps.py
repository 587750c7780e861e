from django.apps import AppConfig
from django.db.models.signals import post_migrate


class RecipesConfig(AppConfig):
    name = "recipes"

    def ready(self):
        # Importing the modules connects their @receiver functions.
        from . import audit, counters, files, notifications, product_cache, search_index, sign_up  # noqa: F401
        from .seeding import seed_labels

        # sender=self: post_migrate is sent once per app; seed once, for this one.
        post_migrate.connect(seed_labels, sender=self, dispatch_uid="recipes.seed_labels")
