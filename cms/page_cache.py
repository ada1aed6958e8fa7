"""A cache of whole public pages for anonymous visitors, one entry per language and address.

A visitor without a session (nobody logged in, no scan under way, no message waiting) who asks for a page under a
language prefix (``/nl/…``) gets the stored copy when there is one. A response is stored only when it is plainly
public: status 200, HTML or XML, no cookie set (a page with a form sets the CSRF cookie, so forms are never
stored), and no ``private``/``no-store``/``no-cache`` in its Cache-Control (the scan, the join and registration
forms say so).

Publishing, unpublishing, moving or deleting a page and saving any snippet, setting, engagement, registration,
image or site purges every stored page at once: a generation number in the cache is part of every key, and the
purge moves it on. Pages also expire after ``PAGE_CACHE_SECONDS`` (the next events on the home page move on with
time). The cache is the ``default`` alias: Redis when ``REDIS_URL`` is set, so every app server shares the pages
and sees the purge. ``PAGE_CACHE_SECONDS=0`` turns it off.

The same generation keys the fragment cache (``fragment`` and ``shared_value`` below, ``{% fragmentcache %}`` in
home/templatetags/alliance_tags.py), kept ``FRAGMENT_CACHE_SECONDS``: the site chrome (head links, header, menu,
breadcrumbs, footer), the bodies of pages that look the same for everyone, and values that only change when content
is published (the site for an address, each language's home page). A page the page cache does not serve (a visitor
with a session, a scan step, the first visitor after a publication) is still built without most of its queries.
Each process also keeps copies of the fragments it used (``LocalCopies``): the generation is read from Redis once
per request, the fragments only when this process has not seen them in this generation.

When ``wagtail.contrib.frontend_cache`` is configured (a CDN in front of the site), stored pages also tell the CDN
it may keep them for ``PAGE_CACHE_SECONDS`` (browsers revalidate), and Wagtail purges a page's addresses from the
CDN when it is published.
"""

import hashlib
import logging
import pickle
import re
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import caches
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.text import compress_string

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
UNCACHEABLE_DIRECTIVES = {"private", "no-store", "no-cache"}
MAX_QUERY_STRING = 256
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
MESSAGES_COOKIE = "messages"
LOCAL_COPIES = 500  # fragments and values each process keeps a copy of
GENERATION_MEMO_SECONDS = 1.0  # how long a process trusts the generation it read last


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def language_prefixes():
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


class Unavailable(Exception):
    """The cache does not answer: nothing is served from it or stored in it."""


class GenerationMemo:
    """The generation this process read last, trusted for ``GENERATION_MEMO_SECONDS``: most requests then make no
    round trip to Redis at all. A publication is seen at once by the process that made it, and within that time by
    the others."""

    def __init__(self):
        self.forget()

    def forget(self):
        self.value, self.until = None, 0.0

    def get(self):
        return self.value if time.monotonic() < self.until else None

    def set(self, value):
        self.value, self.until = value, time.monotonic() + GENERATION_MEMO_SECONDS


generation_memo = GenerationMemo()


def generation(cache, request=None):
    """The current generation number; read once per request when ``request`` is given, and at most once per
    ``GENERATION_MEMO_SECONDS`` by each process.

    A new generation starts from the clock in milliseconds, so that numbers are never used twice, even after the
    cache was emptied (the process-local copies below rely on it). Raises ``Unavailable`` when the cache does
    not answer."""
    value = getattr(request, "_content_generation", None) or generation_memo.get()
    if value is None:
        value = cache.get(GENERATION_KEY)
        if value is None:
            cache.add(GENERATION_KEY, int(time.time() * 1000), timeout=None)
            value = cache.get(GENERATION_KEY)
            if value is None:
                raise Unavailable
        generation_memo.set(value)
    if request is not None:
        request._content_generation = value
    return value


def purge(**_kwargs):
    """Forget every stored page and fragment (a signal receiver, hence the keyword arguments)."""
    if not (settings.PAGE_CACHE_SECONDS or settings.FRAGMENT_CACHE_SECONDS):
        return
    cache = page_cache()
    generation_memo.forget()
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.add(GENERATION_KEY, int(time.time() * 1000), timeout=None)
    except Exception:
        # Redis itself is down: nothing is served from it either, so nothing stale can be.
        logger.warning("Could not purge the page cache")


def forget_local_state():
    """Forget what this process remembers of the shared cache (tests that empty the cache call it)."""
    generation_memo.forget()
    local_copies.clear()


class LocalCopies:
    """A bounded memory of this process: values by key, each with the time (``time.time()``) it expires, the least
    recently used forgotten first beyond ``size``.

    ``local_copies`` keeps copies of what this process read from or stored in the shared cache, to spare a round
    trip to Redis for each fragment of each page. Their keys hold the generation, so a copy is right for as long as
    its key is asked for (a purge moves every key on), and each expires when its original does."""

    def __init__(self, size=LOCAL_COPIES):
        self.size = size
        self.items = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            item = self.items.get(key)
            if item is None:
                return None
            expires, value = item
            if expires <= time.time():
                del self.items[key]
                return None
            self.items.move_to_end(key)
            return value

    def set(self, key, expires, value):
        with self.lock:
            self.items[key] = (expires, value)
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)

    def clear(self):
        with self.lock:
            self.items.clear()

    def __len__(self):
        return len(self.items)


local_copies = LocalCopies()


def frozen(value):
    """What ``local_copies`` keeps of ``value``: text as it is, anything else pickled, so that each request gets
    its own objects (a page a request changes must not change for the next)."""
    return value if isinstance(value, str) else pickle.dumps(value, pickle.HIGHEST_PROTOCOL)


def thawed(kept):
    return kept if isinstance(kept, str) else pickle.loads(kept)  # noqa: S301 -- pickled by this process


def remembered(request, kind, parts, compute):
    """``compute()``, or what it gave before for ``kind`` and ``parts`` in this generation (see the module's
    description); ``compute()`` itself when the fragment cache is off or the cache does not answer."""
    seconds = settings.FRAGMENT_CACHE_SECONDS
    if not seconds:
        return compute()
    cache = page_cache()
    digest = hashlib.sha256("|".join(str(part) for part in parts).encode()).hexdigest()
    try:
        key = f"{kind}:{generation(cache, request)}:{digest}"
    except Unavailable:  # the cache backend logs that (once a minute)
        return compute()
    except Exception:
        logger.warning("The fragment cache is unavailable")
        return compute()
    local = local_copies.get(key)
    if local is not None:
        return thawed(local)
    try:
        stored = cache.get(key)
    except Exception:
        stored = None
    if stored is not None:
        expires, value = stored
        local_copies.set(key, expires, frozen(value))
        return value
    value = compute()
    expires = time.time() + seconds
    try:
        cache.set(key, (expires, value), timeout=seconds)
    except Exception:
        logger.warning("Could not store a fragment")
    local_copies.set(key, expires, frozen(value))
    return value


def fragment(request, name, parts, render):
    """``render()``, or its stored result for this request's scheme, host, language and ``parts``.

    Rendered afresh when fragments are off, in a preview, for an overlong query string, or when the cache does not
    answer."""
    if request is None or getattr(request, "is_preview", False):
        return render()
    if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_STRING:
        return render()
    described = [request.scheme, request.get_host(), translation.get_language(), *parts]
    return remembered(request, f"fragment:{name}", described, render)


def shared_value(name, parts, compute, request=None):
    """``compute()``, or its stored result for ``parts``: for what only changes when content is published (the
    site for an address, a language's home page, whether any page is private). Kept ``FRAGMENT_CACHE_SECONDS``,
    purged with the page cache; computed afresh when fragments are off or the cache does not answer."""
    return remembered(request, f"shared:{name}", parts, compute)


def request_key(request, cache):
    address = f"{request.get_host()}{request.get_full_path()}"
    return f"page-cache:{generation(cache, request)}:{hashlib.sha256(address.encode()).hexdigest()}"


def is_cacheable_request(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if not request.path.startswith(language_prefixes()):
        return False
    if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_STRING:
        return False
    # A session (logged in, a scan under way) or a message waiting to be shown makes the page personal.
    return not (settings.SESSION_COOKIE_NAME in request.COOKIES or MESSAGES_COOKIE in request.COOKIES)


def is_cacheable_response(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or getattr(request, "session", None) and request.session.modified:
        return False
    content_type = response.get("Content-Type", "")
    if not content_type.startswith(("text/html", "application/xml", "text/xml", "text/calendar")):
        return False
    directives = {part.split("=")[0].strip().lower() for part in response.get("Cache-Control", "").split(",")}
    return not (directives & UNCACHEABLE_DIRECTIVES)


class AnonymousPageCacheMiddleware:
    """Serve and store public pages for anonymous visitors (see the module's description)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS or not is_cacheable_request(request):
            return self.get_response(request)
        cache = page_cache()
        try:
            key = request_key(request, cache)
            stored = cache.get(key)
        except Unavailable:  # the cache backend logs that (once a minute)
            return self.get_response(request)
        except Exception:
            logger.warning("The page cache is unavailable")
            return self.get_response(request)
        if stored is not None:
            return self.rebuild(stored, request)
        response = self.get_response(request)
        if is_cacheable_response(request, response):
            self.mark_for_frontend_cache(response)
            try:
                cache.set(key, self.freeze(response), timeout=settings.PAGE_CACHE_SECONDS)
            except Exception:
                logger.warning("Could not store a page in the page cache")
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def mark_for_frontend_cache(response):
        if getattr(settings, "WAGTAILFRONTENDCACHE", None):
            patch_cache_control(response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_SECONDS)

    @staticmethod
    def freeze(response):
        """What is stored: status, headers and the content, plain and compressed once (the stored pages hold no
        secret, such as a CSRF token, that compression could leak)."""
        patch_vary_headers(response, ("Accept-Encoding",))
        headers = [
            (name, value) for name, value in response.items() if name.lower() not in ("set-cookie", "content-length")
        ]
        return {
            "status": response.status_code,
            "headers": headers,
            "content": response.content,
            "gzip": compress_string(response.content) if not response.has_header("Content-Encoding") else None,
        }

    @staticmethod
    def rebuild(stored, request):
        content = stored["content"]
        compressed = stored.get("gzip") is not None and ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", ""))
        if compressed:
            content = stored["gzip"]
        response = HttpResponse(b"" if request.method == "HEAD" else content, status=stored["status"])
        for name, value in stored["headers"]:
            response[name] = value
        response["Content-Length"] = str(len(content))
        if compressed:
            response["Content-Encoding"] = "gzip"
        response["X-Page-Cache"] = "hit"
        return response


# What a public page may show besides pages: every model of the home app (snippets, settings, engagements,
# registrations; a model of home that never shows says ``shown_on_public_pages = False``), images, documents, tags,
# sites, locales and view restrictions. Saving a page's draft, a revision or a rendition does not purge;
# publishing, unpublishing, moving or deleting a page does.
PURGING_APPS = ("home", "taggit")
PURGING_MODELS = {
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
    "wagtailimages.image",
    "wagtaildocs.document",
}


def purge_on_content_change(sender, **kwargs):
    from wagtail.models import Page

    if issubclass(sender, Page):
        if kwargs.get("signal") is post_delete:
            purge()
    elif not getattr(sender, "shown_on_public_pages", True):
        return
    elif sender._meta.app_label in PURGING_APPS or sender._meta.label_lower in PURGING_MODELS:
        purge()


def connect_purge_signals():
    """Called once the apps are ready (home/apps.py)."""
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(purge, dispatch_uid="page_cache_published")
    page_unpublished.connect(purge, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(purge, dispatch_uid="page_cache_moved")
    post_save.connect(purge_on_content_change, dispatch_uid="page_cache_saved")
    post_delete.connect(purge_on_content_change, dispatch_uid="page_cache_deleted")
