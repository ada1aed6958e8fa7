"""Headless Chromium (Debian's package) driven by Playwright; skipped where Chromium is not installed."""

import importlib
import os
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
# Flags for running as root on a closed network: no sandbox, no background connections to Google's hosts.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def restore_migration_data():
    """Put back the rows the migrations' data steps create, when a previous browser test's flush removed them.

    Browser tests serve pages from a live server, so their data is committed and the database is emptied after
    each of them; content types and permissions come back by themselves, the rest is rebuilt here.
    """
    from django.apps import apps
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import Collection, GroupPagePermission, Locale, Page, Site

    if Page.objects.filter(depth=1).exists():
        return
    locale, _ = Locale.objects.get_or_create(language_code="en")
    root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    welcome = root.add_child(instance=Page(title="Welcome to your new Wagtail site!", slug="home", locale=locale))
    Site.objects.create(hostname="localhost", port=80, root_page=welcome, is_default_site=True)
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    page_permissions = {
        "Editors": ["add_page", "change_page", "lock_page", "unlock_page"],
        "Moderators": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    }
    for name, codenames in page_permissions.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        for permission in Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames):
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
    for module, function in [
        ("home.migrations.0002_editor_permissions", "grant"),
        ("home.migrations.0006_engagement_permissions", "grant"),
        ("home.migrations.0008_registration_permissions", "grant"),
        ("scan.migrations.0004_advisors_group", "create_group"),
    ]:
        getattr(importlib.import_module(module), function)(apps, None)


@pytest.fixture
def transactional_db(transactional_db):  # noqa: F811 -- extends pytest-django's fixture for the browser tests
    restore_migration_data()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in the test's thread, while the tests' own ORM calls stay
    # synchronous; Django would otherwise refuse them. Allowed for the browser modules only.
    with pytest.MonkeyPatch.context() as monkeypatch, sync_playwright() as playwright:
        monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh browser page that records console errors and uncaught exceptions in ``page.errors``."""
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    page.errors = []
    page.on("console", lambda message: message.type == "error" and page.errors.append(message.text))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    # Leave the site before the database is emptied, so that no late request (a map tile, a favicon) reaches
    # the live server in between and writes rows the next test would collide with.
    page.goto("about:blank")
    context.close()
