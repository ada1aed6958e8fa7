"""Spam protection for the public forms, without third-party services.

- A honeypot field people never see (hidden by CSS, labelled to be left empty): a post that fills it is dropped.
- A minimum fill time: the form carries the moment it was shown, signed; a post sent sooner is refused.
- A rate limit per client: at most ``FORM_RATE_LIMIT`` posts to one form per ``FORM_RATE_WINDOW`` seconds.
  Counts live in the "ratelimit" cache — Redis where ``REDIS_URL`` is set, so every app server shares them.
  When the cache cannot be reached the limiter lets posts through (fails open) and logs a warning: the site stays
  up, and the honeypot and the fill time still apply.

Client addresses are never stored: the counter's key is a keyed hash of the address.
"""

import hashlib
import hmac
import logging
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import caches
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)
SIGNING_SALT = "home.antispam.rendered-at"
# A form older than this was shown long before it was sent; its timestamp is no longer trusted.
MAX_FORM_AGE = 60 * 60 * 24


class SpamProtectedForm(forms.Form):
    """A form with a honeypot and a signed "shown at" field; check ``is_spam()`` and ``too_fast()``."""

    honeypot_field = "website_url"

    website_url = forms.CharField(
        label=_("Leave this field empty"), required=False, widget=forms.TextInput(attrs={"autocomplete": "off"})
    )
    rendered_at = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        fresh = signing.dumps(time.time(), salt=SIGNING_SALT)
        self.fields["rendered_at"].initial = fresh
        self.posted_rendered_at = None
        if self.is_bound:
            # Shown again (with errors), the form carries a new timestamp: the person may send it at once.
            self.posted_rendered_at = self.data.get("rendered_at", "")
            self.data = self.data.copy()
            self.data["rendered_at"] = fresh

    def is_spam(self):
        """Whether the honeypot was filled: only software fills a field it cannot see."""
        return bool(self.data.get(self.honeypot_field, "").strip())

    def seconds_taken(self):
        try:
            shown = signing.loads(self.posted_rendered_at or "", salt=SIGNING_SALT, max_age=MAX_FORM_AGE)
        except (signing.BadSignature, TypeError, ValueError):
            return None
        return time.time() - float(shown)

    def too_fast(self):
        """Whether the post came sooner after the form was shown than a person could fill it (or without a valid
        timestamp). The form keeps what was typed; a new timestamp lets the person send it again."""
        taken = self.seconds_taken()
        return taken is None or taken < settings.FORM_MIN_FILL_SECONDS


def client_address(request):
    """The client's address: REMOTE_ADDR, or the address ``TRUSTED_PROXY_COUNT`` proxies put in X-Forwarded-For."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def rate_limited(request, scope):
    """Count this post against the client's limit for ``scope``; True when the client is over the limit."""
    address = client_address(request)
    digest = hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()[:32]
    key = f"ratelimit:{scope}:{digest}"
    window = settings.FORM_RATE_WINDOW
    try:
        cache = caches["ratelimit"]
        if cache.add(key, 1, timeout=window):
            count = 1
        else:
            try:
                count = cache.incr(key)
            except ValueError:  # expired between add() and incr()
                cache.add(key, 1, timeout=window)
                count = 1
    except Exception:
        logger.warning("The rate limiter's cache is unavailable; %s posts are not limited meanwhile", scope)
        return False
    if count > settings.FORM_RATE_LIMIT:
        logger.info("Rate limit reached for %s", scope)
        return True
    return False
