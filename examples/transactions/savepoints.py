"""One savepoint per account: a refused account loses its row and its on_commit callbacks."""

from django.db import transaction

from .models import Account
from .refusals import Refused


def import_accounts(emails):
    imported = []
    with transaction.atomic():
        for email in emails:
            try:
                with transaction.atomic():  # a savepoint
                    imported.append(Account.objects.create(email=email))
            except Refused:
                pass  # the savepoint is rolled back; the outer transaction goes on
    return imported
