"""An audit trail: who changed which fields of an article, from what, to what."""

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from .models import Article, AuditEntry

TRACKED = ("title", "status")


@receiver(pre_save, sender=Article, dispatch_uid="recipes.remember_old_values")
def remember_old_values(sender, instance, using, **kwargs):
    # The row as this database holds it, before the save overwrites it (None: new).
    old = sender.objects.using(using).filter(pk=instance.pk).values(*TRACKED).first()
    instance._audit_old = old


@receiver(post_save, sender=Article, dispatch_uid="recipes.write_audit_entries")
def write_audit_entries(sender, instance, raw, using, update_fields, **kwargs):
    if raw:
        return  # loaddata restores rows: nobody edited them
    old = instance._audit_old or dict.fromkeys(TRACKED)
    # save(update_fields=[...]) writes only those fields: compare only those.
    saved = [f for f in TRACKED if update_fields is None or f in update_fields]
    changed = {f: getattr(instance, f) for f in saved if getattr(instance, f) != old[f]}
    # Same database, and the caller's transaction: its rollback takes the entries too.
    AuditEntry.objects.using(using).bulk_create(
        AuditEntry(article=instance, user_id=instance.edited_by_id, field=f, old=old[f], new=new)
        for f, new in changed.items()
    )
