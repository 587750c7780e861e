"""Cache a product's card, and forget it when the product changes or goes."""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import Product


def card_key(pk):
    return f"recipes:product-card:{pk}"


def product_card(pk):
    card = cache.get(card_key(pk))
    if card is None:
        product = Product.objects.get(pk=pk)
        card = {"name": product.name, "price": str(product.price)}
        cache.set(card_key(pk), card)
    return card


@receiver(post_save, sender=Product, dispatch_uid="recipes.forget_card_saved")
@receiver(post_delete, sender=Product, dispatch_uid="recipes.forget_card_deleted")
def forget_card(sender, instance, using, **kwargs):
    key = card_key(instance.pk)

    def delete_key():
        cache.delete(key)

    # At the commit, not now: a request that reads the old row before the commit
    # would put the old card back, and nothing would remove it.
    transaction.on_commit(delete_key, using=using)
