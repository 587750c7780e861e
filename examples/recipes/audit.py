"""An audit trail: who changed which fields of an article, from what, to what."""

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from .models import Article, AuditEntry

TRACKED = ("title", "status")


@receiver(pre_save, sender=Article, dispatch_uid="recipes.remember_old_values")
def remember_old_values(sender, instance, using, **kwargs):
    # The row as this database holds it, before the save overwrites it (None: a new row).
    instance._audit_old = sender.objects.using(using).filter(pk=instance.pk).values(*TRACKED).first()


@receiver(post_save, sender=Article, dispatch_uid="recipes.write_audit_entries")
def write_audit_entries(sender, instance, raw, using, update_fields, **kwargs):
    if raw:
        return  # loaddata restores rows: nobody edited them
    old = instance._audit_old or dict.fromkeys(TRACKED)
    # save(update_fields=[...]) writes only those fields: compare only those.
    new = {field: getattr(instance, field) for field in TRACKED if update_fields is None or field in update_fields}
    entries = [
        AuditEntry(article=instance, user_id=instance.edited_by_id, field=field, old=old[field], new=value)
        for field, value in new.items()
        if old[field] != value
    ]
    # Same database, same transaction: a rollback takes the entries with the change.
    AuditEntry.objects.using(using).bulk_create(entries)
