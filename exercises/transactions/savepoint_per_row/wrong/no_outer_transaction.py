from django.db import transaction

from transactions.models import Account
from transactions.refusals import Refused


def import_accounts(emails):
    imported = []
    for email in emails:
        try:
            with transaction.atomic():
                imported.append(Account.objects.create(email=email))
        except Refused:
            pass
    return imported
