from django.db import transaction

from transactions.models import Account
from transactions.refusals import Refused


def import_accounts(emails):
    imported = []
    with transaction.atomic():
        for email in emails:
            try:
                imported.append(Account.objects.create(email=email))
            except Refused:
                pass
    return imported
