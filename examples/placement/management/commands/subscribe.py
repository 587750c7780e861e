"""manage.py subscribe EMAIL: receivers are connected in management commands too."""

from django.core.management.base import BaseCommand

from placement.models import Subscriber


class Command(BaseCommand):
    help = "Subscribe an email address to the newsletter."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        Subscriber.objects.create(email=email)
        self.stdout.write(f"Subscribed {email}")
