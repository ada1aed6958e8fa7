"""Finding the page for an address in three queries, however deep it lies.

Wagtail routes a request from the site's root page down, one level at a time: for each level it loads the child by
its slug and then that child's specific page (``Page.route``), after finding the root's translation in the active
language (``Page.localized``, itself two queries). An objective at /nl/engagements/axis/objective/ costs about ten
queries before its view runs, a scan step as many.

``FastRoutingMiddleware`` works out the same answer with at most three: the home page of the active language, the
pages below it whose slugs and depths fit the address (one query), and the specific page found. The site for the
address and each language's home page only change when content is published: with the fragment cache on they are
remembered until then (cms/page_cache.py), which leaves two queries. It follows Wagtail's
rules exactly: intermediate pages may be drafts, only the page served must be live, and a page type with its own
``route`` (a RoutablePageMixin page, whose sub-addresses such as ``join/`` come before its children) is asked to
route the rest itself, as Wagtail would. The answer is left where Wagtail's ``Page.route_for_request`` looks for it
(``request._wagtail_route_for_request``), so Wagtail's own view serves the page, with its hooks.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site
from wagtail.views import serve as wagtail_serve

from cms.page_cache import shared_value


def own_route(page):
    """Whether ``page``'s type routes differently from ``Page.route`` (RoutablePageMixin, custom ``route``)."""
    model = ContentType.objects.get_for_id(page.content_type_id).model_class()
    return model is None or model.route is not Page.route


def specific_for_serving(page):
    """``page.specific``, without the fields its type says serving it does not need (``deferred_when_served``: a
    scan page's questionnaire, which it builds once per process and revision)."""
    model = page.specific_class
    deferred = getattr(model, "deferred_when_served", ())
    if model is None or not deferred:
        specific = page.specific
    else:
        specific = model._default_manager.defer(*deferred).get(pk=page.pk)
    parent = getattr(page, "_cached_parent_obj", None)
    if parent is not None:  # spares get_parent() a query
        specific._cached_parent_obj = parent
    return specific


def localized_home(root, request=None):
    """``root`` in the active language when that translation is live, else ``root`` (``Page.localized``)."""
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return root
    try:
        code = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return root
    translated = shared_value(
        "localized-home",
        [root.pk, code],
        lambda: Page.objects.filter(translation_key=root.translation_key, locale__language_code=code).first(),
        request=request,
    )
    return translated if translated is not None and translated.live else root


def find_site(request):
    """``Site.find_for_request``, remembered per host and port until the next publication (Wagtail asks the
    database on every request)."""
    if not hasattr(request, "_wagtail_site"):
        hostname, port = split_domain_port(request._get_raw_host())[0], request.get_port()
        request._wagtail_site = shared_value(
            "site", [hostname, port], lambda: Site._find_for_request(request), request=request
        )
    return request._wagtail_site


def route(request, path):
    """Wagtail's route for ``path`` (a ``RouteResult``) on this request's site, or ``None``; raises Http404 as
    ``Page.route`` does."""
    site = find_site(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    current = localized_home(site.root_page, request)
    # Every page below the home page that could be on the way: one query (slugs and paths are indexed).
    candidates = {}
    if components:
        below = Page.objects.filter(
            path__startswith=current.path,
            depth__gt=current.depth,
            depth__lte=current.depth + len(components),
            slug__in=set(components),
        )
        for page in below:
            candidates.setdefault((page.depth, page.slug), []).append(page)

    for position, slug in enumerate(components):
        if own_route(current):
            return specific_for_serving(current).route(request, components[position:])
        child = next(
            (page for page in candidates.get((current.depth + 1, slug), []) if page.path.startswith(current.path)),
            None,
        )
        if child is None:
            raise Http404
        child._cached_parent_obj = current
        current = child
    return specific_for_serving(current).route(request, [])


class FastRoutingMiddleware:
    """Routes requests for Wagtail pages with ``route`` before Wagtail's view runs (see the module's description)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_serve or hasattr(request, "_wagtail_route_for_request"):
            return None
        # Wagtail reads the sites' root paths (for every page address) from the cache on each request; they only
        # change when content is published, so this process keeps a copy until then.
        request._wagtail_cached_site_root_paths = shared_value(
            "site-root-paths", [], Site.get_site_root_paths, request=request
        )
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        try:
            request._wagtail_route_for_request = route(request, path)
        except Http404:
            request._wagtail_route_for_request = None
        return None
