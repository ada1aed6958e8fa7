"""Tests: fast hasher, in-memory e-mail, plain static storage; DATABASE_URL chooses PostgreSQL or SQLite."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "tests-only-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"},
    "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests-ratelimit"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": LOGGING_FILTERS,  # noqa: F405
    "loggers": {**LOGGING_REDACTED, "axes": {"level": "ERROR"}},  # noqa: F405
}
# Static files come from the apps' folders (nothing is collected for the tests).
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The map's tile server is on the internet; tests draw the markers without a base layer.
MAP_TILES_URL = ""
# Tests post forms at once; the fill-time tests set their own minimum.
FORM_MIN_FILL_SECONDS = 0
# Two-factor authentication is off whatever the environment says; its tests turn it on.
ADMIN_REQUIRE_2FA = False
# The page and fragment caches are off unless a test turns them on.
PAGE_CACHE_SECONDS = 0
FRAGMENT_CACHE_SECONDS = 0
