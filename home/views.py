"""Views outside the page tree: the language redirect, search, robots.txt, the sitemap and error pages."""

import logging
import re
import sys

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.db import connection
from django.db.utils import InterfaceError, OperationalError
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.models import Locale, Page, Site

from cms.page_cache import fragment

SEARCH_RESULTS_PER_PAGE = 10
# Characters no search needs that the full-text search cannot take: control characters (SQLite ends a string at NUL,
# PostgreSQL refuses it) and double quotes (they would end the quoted terms the SQLite backend builds).
UNSEARCHABLE = re.compile(r'[\x00-\x1f\x7f"]')


@require_GET
@vary_on_headers("Accept-Language", "Cookie")
def language_redirect(request):
    """Send a visitor of ``/`` to their language's home page (Accept-Language or the language cookie)."""
    language = translation.get_language_from_request(request, check_path=False)
    supported = {code for code, _name in settings.LANGUAGES}
    if language not in supported:
        language = settings.LANGUAGE_CODE
    return HttpResponseRedirect(f"/{language}/")


@require_GET
def search(request):
    """Search the live pages of the current language."""
    query = UNSEARCHABLE.sub(" ", request.GET.get("q", "")).strip()[:200]
    results = None
    if query:
        locale = Locale.get_active()
        pages = Page.objects.live().public().filter(locale=locale).specific().search(query)
        paginator = Paginator(pages, SEARCH_RESULTS_PER_PAGE)
        # The results are listed inside a stored fragment (templates/home/search.html), so that a search asked again
        # before the next publication costs no search at all: only the count, needed to refuse a page out of range,
        # is asked for here, and kept as long.
        paginator.count = fragment(request, "search-count", [query], lambda: paginator.count)
        try:
            page_number = int(request.GET.get("page", "1"))
        except ValueError:
            page_number = 1
        try:
            results = paginator.page(page_number)
        except EmptyPage as error:
            raise Http404(_("There is no such page of results.")) from error
    return TemplateResponse(request, "home/search.html", {"search_query": query, "search_results": results})


class AllLanguagesSitemap(Sitemap):
    """Wagtail's sitemap, extended to every language's tree rather than only the default one."""

    def items(self):
        site = self.get_wagtail_site()
        roots = Page.objects.filter(translation_key=site.root_page.translation_key)
        queryset = Page.objects.none()
        for root in roots:
            queryset |= Page.objects.descendant_of(root, inclusive=True)
        return queryset.live().public().order_by("path").defer_streamfields().specific()


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    site = Site.find_for_request(request)
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    return render(
        request,
        "robots.txt",
        {"sitemap_url": sitemap_url, "site": site},
        content_type="text/plain; charset=utf-8",
    )


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


# The 503 page asks clients to come back after this many seconds.
RETRY_AFTER_SECONDS = 30


def server_error(request):
    """The handler of uncaught exceptions (``handler500``), whether a view or a middleware raised them.

    Django calls it while it handles the exception, so ``sys.exc_info()`` names the error. When the database cannot
    be reached (stopped, restarting, refusing connections, connection lost: Django raises OperationalError or
    InterfaceError, possibly as the cause or context of another error, and the database does not answer a ping),
    the visitor is told that the site is temporarily unavailable (503) rather than that it broke.
    """
    error, seen = sys.exc_info()[1], set()
    while error is not None and id(error) not in seen:
        if isinstance(error, (OperationalError, InterfaceError)) and not database_answers():
            return service_unavailable(request, error)
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    # Rendered without a request context: the database may be the reason for the error.
    return render(request, "500.html", {"LANGUAGE_CODE": translation.get_language()}, status=500)


def database_answers():
    """Whether the database can be reached now. A database error from a database that answers (a query SQLite
    refuses, a statement timeout) is a bug or an overload to be reported as such, not an outage."""
    try:
        connection.ensure_connection()
        return connection.is_usable()
    except Exception:
        return False


def service_unavailable(request, error=None):
    """The 503 page, in the language of the address (``/nl/…``; else the active one), rendered without the
    database: no request context, no session, no query.

    Logged as one warning line (through ``django.request``, whose filter keeps secret links out), not as an error
    with a traceback per request: during an outage every visitor gets here, and errors would mail the ADMINS each.
    """
    language = translation.get_language_from_path(request.path_info) or translation.get_language()
    if language not in {code for code, _name in settings.LANGUAGES}:
        language = settings.LANGUAGE_CODE
    with translation.override(language):
        html = render_to_string("503.html", {"LANGUAGE_CODE": language, "retry_url": request.get_full_path()})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Content-Language"] = language
    # The outage page must not outlive the outage in a browser's or a proxy's cache.
    patch_cache_control(response, no_store=True)
    reason = str(error).strip().splitlines()[0] if error is not None and str(error).strip() else "no detail"
    logging.getLogger("django.request").warning(
        "Service Unavailable (database): %s (%s: %s)",
        request.path,
        type(error).__name__,
        reason,
        extra={"status_code": 503, "request": request},
    )
    response._has_been_logged = True  # Django would log it again as an error with its traceback
    return response
