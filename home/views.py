"""Views outside the page tree: the language redirect, search, robots.txt, the sitemap and error pages."""

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.models import Locale, Page, Site

SEARCH_RESULTS_PER_PAGE = 10


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
    query = request.GET.get("q", "").strip()[:200]
    results = None
    if query:
        locale = Locale.get_active()
        pages = Page.objects.live().public().filter(locale=locale).specific().search(query)
        paginator = Paginator(pages, SEARCH_RESULTS_PER_PAGE)
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


def server_error(request):
    # Rendered without a request context: the database may be the reason for the error.
    return render(request, "500.html", {"LANGUAGE_CODE": translation.get_language()}, status=500)
