"""WSGI entry point of the examples project."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "signals_site.settings")
application = get_wsgi_application()
