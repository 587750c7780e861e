"""Settings of the examples project: the smallest Django site that runs every snippet.

Each topic of the guide is one app, named by topic, so a page's snippets live in
``examples/<topic>/`` and their tests in ``tests/<topic>/``.
"""

from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "examples-only-not-a-secret"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # One app per topic of the guide; Django finds each AppConfig in <app>/apps.py.
    "why_signals",
    "receivers",
    "connecting",
    "placement",
    "model_signals",
    "auth_signals",
    "request_signals",
    "custom_signals",
    "async_signals",
    "testing_signals",
    "pitfalls",
    "reference",
    "transactions",
    "performance",
    "overrides",
    "startup",
    "recipes",
]

MIDDLEWARE = [
    "django.middleware.common.CommonMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

# The admin (examples/overrides/admin.py) renders Django templates.
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]

ROOT_URLCONF = "signals_site.urls"
WSGI_APPLICATION = "signals_site.wsgi.application"
ASGI_APPLICATION = "signals_site.asgi.application"

# A second alias, so the tests can prove that receivers pass `using` on (a receiver
# that ignores it writes to, or waits for, the default database instead).
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BASE_DIR / "db.sqlite3",
    },
    "other": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BASE_DIR / "other.sqlite3",
    },
}

# Fast hashing keeps the tests quick; a real project keeps Django's default.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Django 6.1 warns (an error under pytest) when mail is sent without MAILERS;
# Django 5.2 and 6.0 ignore this setting. Tests swap in the locmem backend either way.
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
USE_TZ = True
TIME_ZONE = "UTC"
LANGUAGE_CODE = "en-us"
