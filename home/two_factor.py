"""Two-factor authentication for the admin, with django-otp's TOTP devices (an authenticator app on a phone).

With ADMIN_REQUIRE_2FA on, everyone who may use the Wagtail admin (superusers too) sets up an authenticator app
once, and after each login enters a code from it before any other admin view. Wrong codes are throttled by
django-otp: after n wrong codes in a row the next one is only checked 2**(n-1) seconds later. With the setting off
nothing changes and the two-factor pages do not exist. The pages are in home/two_factor_views.py, the hooks in
home/wagtail_hooks.py.
"""

import math
import re
from base64 import b32encode

import django_otp
import segno
from django import forms
from django.conf import settings
from django.contrib.auth import get_permission_codename, get_user_model
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.safestring import mark_safe
from django.utils.timesince import timeuntil
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from home.admin_views import forbidden

SETUP = "home_two_factor_setup"
VERIFY = "home_two_factor_verify"
MANAGE = "home_two_factor_manage"
RESET = "home_two_factor_reset"
# The admin views a signed-in user reaches before the second step: signing in and out, the two-factor steps
# themselves, and the scripts and icons those pages load.
OPEN_VIEWS = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    SETUP,
    VERIFY,
}
SAFE_METHODS = {"GET", "HEAD"}


def required():
    return bool(getattr(settings, "ADMIN_REQUIRE_2FA", False))


def applies_to(user):
    """Everyone who may use the admin: the editors, the advisors and the superusers."""
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def confirmed_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("pk").first()


def pending_device(user):
    """The authenticator being set up: the same secret until it is confirmed, so reloading keeps the QR code."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)


def remove_devices(user):
    """Remove all of a user's devices; returns how many there were. Sessions verified with them are no longer."""
    devices = list(django_otp.devices_for_user(user, confirmed=None))
    for device in devices:
        device.delete()
    return len(devices)


def user_record(request):
    """The signed-in user as a plain model instance (request.user is lazy twice over, which the audit log skips)."""
    return get_user_model()._default_manager.get(pk=request.user.pk)


def may_manage_users(request_user):
    opts = get_user_model()._meta
    return request_user.has_perm(f"{opts.app_label}.{get_permission_codename('change', opts)}")


def may_reset(request_user, user):
    """Who may manage users may reset another user's authenticator; a superuser's only by a superuser."""
    return may_manage_users(request_user) and (request_user.is_superuser or not user.is_superuser)


def secret_text(device):
    """The secret in base32, as the apps take it when typed, in groups of four characters."""
    secret = b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(secret[index : index + 4] for index in range(0, len(secret), 4))


def qr_code_svg(device):
    """The otpauth:// address as an inline SVG QR code, dark on white so that it scans in the dark theme too."""
    svg = segno.make(device.config_url, error="m").svg_inline(
        scale=4, omitsize=True, dark="#000", light="#fff", title=gettext("QR code for your authenticator app")
    )
    return mark_safe(svg)  # noqa: S308 -- segno's own markup; the title is escaped by segno


def next_url(request):
    """Where to go after the second step: the admin page asked for, on this site, else the dashboard."""
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url.startswith("/") and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse("wagtailadmin_home")


def with_next(view_name, next_path):
    return f"{reverse(view_name)}?{urlencode({'next': next_path})}"


def verified_in_session(request, device):
    """Mark this session as verified by ``device``, with a new session key."""
    request.session.cycle_key()
    django_otp.login(request, device)


class CodeForm(forms.Form):
    """A code from the authenticator app, checked against ``device`` (throttled: ``throttled`` says so)."""

    code = forms.CharField(
        label=_("Code"),
        max_length=20,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True, "spellcheck": "false"}
        ),
    )

    def __init__(self, *args, device, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device
        self.throttled = False
        self.fields["code"].help_text = gettext("The %(digits)s-digit code your app shows now.") % {
            "digits": device.digits
        }

    def clean_code(self):
        code = re.sub(r"[\s-]", "", self.cleaned_data["code"])
        if not re.fullmatch(r"[0-9]+", code) or len(code) != self.device.digits:
            raise forms.ValidationError(
                gettext("Enter the %(digits)s-digit code your app shows.") % {"digits": self.device.digits},
                code="format",
            )
        return code

    def clean(self):
        cleaned = super().clean()
        if "code" not in cleaned:
            return cleaned
        allowed, info = self.device.verify_is_allowed()
        if not allowed:
            self.throttled = True
            raise forms.ValidationError(wait_message((info or {}).get("locked_until")), code="throttled")
        verified = django_otp.verify_token(self.device.user, self.device.persistent_id, cleaned["code"])
        if verified is None:
            raise forms.ValidationError(
                _("That code is not right, or it was used already. Wait for the next code and try again."),
                code="wrong",
            )
        self.device = verified
        return cleaned

    @property
    def status(self):
        """The HTTP status for a refused form: 429 while throttled, else 400."""
        return 429 if self.throttled else 400


def wait_message(locked_until):
    seconds = math.ceil((locked_until - timezone.now()).total_seconds()) if locked_until else 1
    if seconds < 60:
        seconds = max(seconds, 1)
        return ngettext(
            "Too many wrong codes. Try again in %(seconds)s second.",
            "Too many wrong codes. Try again in %(seconds)s seconds.",
            seconds,
        ) % {"seconds": seconds}
    return gettext("Too many wrong codes. Try again in %(time)s.") % {"time": timeuntil(locked_until)}


class TwoFactorMiddleware:
    """After django-otp's OTPMiddleware. With ADMIN_REQUIRE_2FA on, a signed-in admin user whose session has not
    been verified with a code is sent to set up an authenticator (if they have none) or to enter a code, before any
    admin view; a request other than GET or HEAD (a form, the admin's API) is refused with a 403 instead."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not required() or not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        match = request.resolver_match
        if match is not None and match.view_name in OPEN_VIEWS:
            return None
        user = request.user
        if not applies_to(user) or user.is_verified():
            return None
        if request.method not in SAFE_METHODS:
            return forbidden(request, gettext("Enter a code from your authenticator app first, then try again."))
        step = VERIFY if confirmed_device(user) else SETUP
        return redirect(with_next(step, request.get_full_path()))
