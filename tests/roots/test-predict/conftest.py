from django.conf import settings

settings.configure(DATABASES={}, INSTALLED_APPS=[])
