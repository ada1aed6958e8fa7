"""Two-factor authentication for the admin (home/two_factor.py): with ADMIN_REQUIRE_2FA on, every admin user sets up
an authenticator app and enters a code from it after each login before any admin page; wrong codes are throttled;
users remove their own authenticator, and those who may manage users reset another's. With the setting off, nothing
changes. Codes are computed from the devices' secrets, as an authenticator app does."""

import importlib
import re
from base64 import b32encode
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import TOTP, hotp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
ADMIN = "/admin/"
SETUP = "/admin/two-factor/setup/"
VERIFY = "/admin/two-factor/verify/"
MANAGE = "/admin/two-factor/"
PASSWORD = "a-long-admin-password"


@pytest.fixture
def two_factor_on(settings):
    settings.ADMIN_REQUIRE_2FA = True


def make_user(django_user_model, username, *groups, superuser=False):
    user = django_user_model.objects.create_user(
        username, f"{username}@alliance.example", PASSWORD, is_superuser=superuser, is_staff=superuser
    )
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


@pytest.fixture
def editor(django_user_model):
    return make_user(django_user_model, "eddy", "Editors")


@pytest.fixture
def advisor(django_user_model):
    return make_user(django_user_model, "ada", "Advisors")


@pytest.fixture
def superuser(django_user_model):
    return make_user(django_user_model, "root", superuser=True)


@pytest.fixture
def user_manager(django_user_model):
    """Not a superuser, but may change users."""
    group = Group.objects.create(name="User managers")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="auth", codename="change_user"),
    )
    return make_user(django_user_model, "manny", "User managers")


def log_in(client, user, address="198.51.100.7"):
    response = client.post(LOGIN, {"username": user.username, "password": PASSWORD}, REMOTE_ADDR=address)
    assert response.status_code == 302, response.content.decode()[:500]
    return response


def current_step(device):
    return TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).t()


def code_for(device):
    """The code the app shows, for a time step after the last one accepted (each code is good once)."""
    device.refresh_from_db()
    step = max(current_step(device), device.last_t + 1)
    return f"{hotp(device.bin_key, step, device.digits):0{device.digits}d}"


def wrong_code(device):
    """Six digits that no step within the tolerance accepts."""
    now = current_step(device)
    valid = {f"{hotp(device.bin_key, step, device.digits):06d}" for step in range(now - 3, now + 4)}
    return next(code for code in (f"{n:06d}" for n in range(123456, 999999, 7919)) if code not in valid)


def time_passes(device):
    """The throttling's wait is over (django-otp waits 2**(failures-1) seconds after the last failure)."""
    device.refresh_from_db()
    device.throttling_failure_timestamp = timezone.now() - timedelta(days=1)
    device.save(update_fields=["throttling_failure_timestamp"])


def enrol(client, user):
    """Log in and set up an authenticator app through the pages; returns the confirmed device."""
    log_in(client, user)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=user)
    response = client.post(SETUP, {"code": code_for(device), "next": ADMIN})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    return device


def test_test_settings_keep_two_factor_off(settings):
    assert settings.ADMIN_REQUIRE_2FA is False


@pytest.mark.parametrize(("value", "expected"), [(None, True), ("1", True), ("0", False), ("false", False)])
def test_production_turns_it_on_unless_the_variable_says_no(monkeypatch, value, expected):
    monkeypatch.setenv("SECRET_KEY", "x" * 60)
    monkeypatch.setenv("ALLOWED_HOSTS", "biodiversity-alliance.be")
    if value is None:
        monkeypatch.delenv("ADMIN_REQUIRE_2FA", raising=False)
    else:
        monkeypatch.setenv("ADMIN_REQUIRE_2FA", value)
    production = importlib.reload(importlib.import_module("cms.settings.production"))
    assert production.ADMIN_REQUIRE_2FA is expected


def test_with_the_setting_off_nothing_changes(client, editor, superuser):
    log_in(client, editor)
    assert client.get(ADMIN).status_code == 200
    for url in (SETUP, VERIFY, MANAGE, reverse("home_two_factor_reset", args=[superuser.pk])):
        assert client.get(url, follow=True).status_code == 404  # as for any unknown address
    assert MANAGE not in client.get(reverse("wagtailadmin_account")).content.decode()
    client.force_login(superuser)
    assert "two-factor" not in client.get(reverse("wagtailusers_users:index")).content.decode()
    assert not TOTPDevice.objects.exists()


@pytest.mark.usefixtures("two_factor_on")
def test_an_editor_without_authenticator_must_set_one_up_before_any_admin_page(client, editor, site_tree):
    log_in(client, editor)
    for url in (ADMIN, reverse("wagtailadmin_pages:edit", args=[site_tree.news.pk]), "/admin/api/main/pages/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(SETUP + "?next="), url
    # Forms and the admin's API are refused, not redirected: nothing is changed.
    response = client.post(reverse("wagtailadmin_pages:edit", args=[site_tree.news.pk]), {"title": "Hacked"})
    assert response.status_code == 403
    assert "Enter a code from your authenticator app first" in response.content.decode()
    site_tree.news.refresh_from_db()
    assert site_tree.news.title != "Hacked"
    assert client.post(reverse("wagtailadmin_account"), {}).status_code == 403

    # What the setup page itself loads is open.
    assert client.get(reverse("wagtailadmin_javascript_catalog")).status_code == 200
    assert client.get(reverse("wagtailadmin_sprite")).status_code == 200
    page = client.get(SETUP)
    assert page.status_code == 200
    html = page.content.decode()
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert "<svg" in html and "<script" not in html.split("<main", 1)[1].split("</main>", 1)[0]
    secret = b32encode(device.bin_key).decode()
    shown = re.search(r"data-two-factor-secret>([A-Z2-7 ]+)<", html).group(1)
    assert shown.replace(" ", "") == secret
    # Reloading shows the same secret until it is confirmed.
    client.get(SETUP)
    assert TOTPDevice.objects.filter(user=editor).count() == 1


@pytest.mark.usefixtures("two_factor_on")
def test_setting_up_needs_a_right_code_and_refuses_garbage(client, editor):
    log_in(client, editor)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=editor)
    for garbage in ("", "abc", "12345", "1234567", "9" * 5000, "１２３４５６", "12\x0034", "' OR 1=1 --"):
        response = client.post(SETUP, {"code": garbage})
        assert response.status_code == 400, garbage
    assert client.post(SETUP, {}).status_code == 400
    assert client.post(SETUP, {"code": ["123456", "abcdef"], "next": ["//evil.example/", "x"]}).status_code == 400
    time_passes(device)

    response = client.post(SETUP, {"code": wrong_code(device)})
    assert response.status_code == 400
    assert "That code is not right, or it was used already." in response.content.decode()
    device.refresh_from_db()
    assert not device.confirmed
    assert client.get(ADMIN).status_code == 302

    time_passes(device)
    response = client.post(SETUP, {"code": code_for(device), "next": "/admin/pages/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(ADMIN).status_code == 200
    # Done: the setup page sends on; the entry is in the audit log.
    assert client.get(SETUP)["Location"] == ADMIN
    assert ModelLogEntry.objects.filter(action="two_factor.enrol", object_id=str(editor.pk)).exists()


@pytest.mark.usefixtures("two_factor_on")
def test_next_only_leads_to_this_site(client, editor):
    log_in(client, editor)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=editor)
    response = client.post(SETUP, {"code": code_for(device), "next": "https://evil.example/admin/"})
    assert response["Location"] == ADMIN


@pytest.mark.usefixtures("two_factor_on")
@pytest.mark.parametrize("role", ["editor", "advisor", "superuser"])
def test_after_logout_and_login_everyone_enters_a_code(request, role):
    user = request.getfixturevalue(role)
    client = Client()
    device = enrol(client, user)
    used = f"{hotp(device.bin_key, device.last_t, device.digits):06d}"
    client.post(reverse("wagtailadmin_logout"))
    log_in(client, user)

    response = client.get(ADMIN)
    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY + "?next=")
    assert client.get(SETUP)["Location"].startswith(VERIFY)  # no second authenticator behind the first one's back
    assert client.post(reverse("wagtailadmin_account"), {}).status_code == 403

    # A code is good once.
    response = client.post(VERIFY, {"code": used, "next": ADMIN})
    assert response.status_code == 400
    assert "used already" in response.content.decode()
    time_passes(device)
    response = client.post(VERIFY, {"code": code_for(device), "next": ADMIN})
    assert response.status_code == 302
    assert response["Location"] == ADMIN
    assert client.get(ADMIN).status_code == 200
    assert client.get(VERIFY)["Location"] == ADMIN


@pytest.mark.usefixtures("two_factor_on")
def test_wrong_codes_are_throttled(client, editor):
    device = enrol(client, editor)
    client.post(reverse("wagtailadmin_logout"))
    log_in(client, editor)

    assert client.post(VERIFY, {"code": wrong_code(device)}).status_code == 400
    # At once again: not even checked, the right code neither.
    for code in (wrong_code(device), code_for(device)):
        response = client.post(VERIFY, {"code": code})
        assert response.status_code == 429
        assert "Too many wrong codes. Try again in" in response.content.decode()
    assert client.get(ADMIN).status_code == 302
    device.refresh_from_db()
    assert device.throttling_failure_count == 1

    # Each failure doubles the wait: after five, a few seconds are not enough.
    for _ in range(4):
        time_passes(device)
        assert client.post(VERIFY, {"code": wrong_code(device)}).status_code == 400
    device.refresh_from_db()
    assert device.throttling_failure_count == 5
    device.throttling_failure_timestamp = timezone.now() - timedelta(seconds=10)
    device.save(update_fields=["throttling_failure_timestamp"])
    assert client.post(VERIFY, {"code": code_for(device)}).status_code == 429

    time_passes(device)
    assert client.post(VERIFY, {"code": code_for(device)}).status_code == 302
    device.refresh_from_db()
    assert device.throttling_failure_count == 0
    assert client.get(ADMIN).status_code == 200


@pytest.mark.usefixtures("two_factor_on")
def test_a_user_removes_their_own_authenticator_with_a_code_from_it(client, editor):
    device = enrol(client, editor)
    account = client.get(reverse("wagtailadmin_account")).content.decode()
    assert f'href="{MANAGE}"' in account
    assert client.get(MANAGE).status_code == 200

    response = client.post(MANAGE, {"code": wrong_code(device)})
    assert response.status_code == 400
    assert TOTPDevice.objects.filter(user=editor, confirmed=True).exists()

    time_passes(device)
    response = client.post(MANAGE, {"code": code_for(device)})
    assert response.status_code == 302
    assert response["Location"] == SETUP
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert ModelLogEntry.objects.filter(action="two_factor.remove", object_id=str(editor.pk)).exists()
    # The session is no longer verified: a new authenticator first.
    assert client.get(ADMIN)["Location"].startswith(SETUP)
    enrol(client, editor)


@pytest.mark.usefixtures("two_factor_on")
def test_who_may_manage_users_resets_another_users_authenticator(editor, superuser):
    editor_client, admin_client = Client(), Client()
    enrol(editor_client, editor)
    enrol(admin_client, superuser)
    url = reverse("home_two_factor_reset", args=[editor.pk])
    assert url in admin_client.get(reverse("wagtailusers_users:index")).content.decode()
    page = admin_client.get(url)
    assert page.status_code == 200
    assert "eddy" in page.content.decode()

    # A POST only, with the CSRF token.
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.cookies = admin_client.cookies
    assert csrf_client.post(url).status_code == 403
    assert TOTPDevice.objects.filter(user=editor).exists()

    response = admin_client.post(url)
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=editor).exists()
    entry = ModelLogEntry.objects.get(action="two_factor.reset", object_id=str(editor.pk))
    assert entry.user_id == superuser.pk
    # The editor's signed-in session needs a new authenticator at the next admin page.
    assert editor_client.get(ADMIN)["Location"].startswith(SETUP)
    # Garbage addresses are 404s.
    assert admin_client.get(reverse("home_two_factor_reset", args=[999999]), follow=True).status_code == 404
    assert admin_client.post(reverse("home_two_factor_reset", args=[999999]), follow=True).status_code == 404
    assert admin_client.get("/admin/two-factor/users/abc/reset/", follow=True).status_code == 404


@pytest.mark.usefixtures("two_factor_on")
def test_an_advisor_may_not_reset_anyone(advisor, editor, superuser):
    editor_client, advisor_client = Client(), Client()
    enrol(editor_client, editor)
    enrol(advisor_client, advisor)
    for target in (editor.pk, superuser.pk, 999999):
        url = reverse("home_two_factor_reset", args=[target])
        assert advisor_client.get(url).status_code == 403
        assert advisor_client.post(url).status_code == 403
    assert TOTPDevice.objects.filter(user=editor, confirmed=True).exists()
    assert not ModelLogEntry.objects.filter(action="two_factor.reset").exists()


@pytest.mark.usefixtures("two_factor_on")
def test_only_a_superuser_resets_a_superuser(client, user_manager, superuser, editor):
    enrol(client, user_manager)
    assert client.post(reverse("home_two_factor_reset", args=[superuser.pk])).status_code == 403
    assert client.post(reverse("home_two_factor_reset", args=[editor.pk])).status_code == 302
    # One's own authenticator is removed from one's own page, with a code.
    assert client.get(reverse("home_two_factor_reset", args=[user_manager.pk]))["Location"] == MANAGE


@pytest.mark.usefixtures("two_factor_on")
def test_a_user_without_admin_access_is_not_asked(client, django_user_model):
    visitor = make_user(django_user_model, "vic")
    client.force_login(visitor)
    assert client.get(ADMIN)["Location"].startswith(LOGIN)
    assert not TOTPDevice.objects.exists()


@pytest.mark.usefixtures("two_factor_on")
def test_the_setup_page_speaks_the_users_language(client, editor):
    log_in(client, editor)
    response = client.get(SETUP, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200
    assert '<html lang="fr"' in response.content.decode()


def test_codes_come_from_the_secret_like_an_app_does(editor):
    device = TOTPDevice.objects.create(user=editor, confirmed=True)
    assert device.verify_token(code_for(device))
    device.refresh_from_db()  # the same step again is refused: a code is good once
    assert not device.verify_token(f"{hotp(device.bin_key, device.last_t, device.digits):06d}")
