"""Template tags for the alliance's site chrome: languages, menu, breadcrumbs, footer and small helpers.

Each tag does at most two queries whatever the size of the site. What several tags need (the home pages
of every language, the translations of the current page) is fetched once and kept on the request, never
in process memory.
"""

from decimal import Decimal, InvalidOperation
from urllib.parse import quote

from django import template
from django.conf import settings
from django.db.models import Q, prefetch_related_objects
from django.template.exceptions import TemplateSyntaxError
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import translation
from django.utils.formats import number_format
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from cms.page_cache import fragment
from home.models import FooterText

register = template.Library()

HOME_DEPTH = 2  # each language's home page sits just below the tree's root
OPEN_GRAPH_LOCALES = {"en": "en_GB", "nl": "nl_BE", "fr": "fr_BE", "de": "de_DE"}


def _active_language():
    """The content language matching the active Django language, e.g. ``nl`` for ``nl-be``."""
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return settings.LANGUAGE_CODE


def _as_page(page):
    """``page`` if it is a Wagtail page (templates may pass an empty string or another object)."""
    return page if isinstance(page, Page) else None


def _language_pages(request, page):
    """Every language's live home page and the live translations of ``page``, keyed by language code.

    One query, memoised on the request so that the head, the header and the menu share it.
    """
    page_id = page.pk if page else None
    memo = getattr(request, "_alliance_language_pages", None) if request else None
    if memo is not None and memo[0] == page_id:
        return memo[1]

    site = Site.find_for_request(request) if request else None
    if site is not None:
        homes = Q(translation_key__in=Page.objects.filter(pk=site.root_page_id).values("translation_key"))
    else:
        homes = Q(depth=HOME_DEPTH)
    condition = homes | Q(translation_key=page.translation_key) if page else homes
    result = {"homes": {}, "translations": {}}
    for candidate in Page.objects.live().filter(condition).select_related("locale"):
        code = candidate.locale.language_code
        if page and candidate.translation_key == page.translation_key:
            result["translations"][code] = candidate
        if candidate.depth == HOME_DEPTH:
            result["homes"].setdefault(code, candidate)

    if request is not None:
        request._alliance_language_pages = (page_id, result)
    return result


def _fallback_home_url(language_code):
    """The bare language prefix (``/nl/``), for a language whose home page is not live."""
    try:
        with translation.override(language_code):
            return reverse("wagtail_serve", args=("",))
    except NoReverseMatch:
        return f"/{language_code}/"


def _address_part(page, request):
    """What the chrome of this request depends on besides language and host: the page (or, outside the page
    tree, the view and its path) and the query string (the language links keep a listing's filters). Every
    unknown address under the page tree shares one key: they show the same chrome."""
    page = _as_page(page)
    if page is not None:
        where = f"page:{page.pk}"
    else:
        match = getattr(request, "resolver_match", None)
        url_name = getattr(match, "url_name", None)
        where = f"view:{url_name}" if url_name == "wagtail_serve" else f"view:{url_name}:{request.path}"
    return f"{where}?{request.META.get('QUERY_STRING', '')}"


class FragmentCacheNode(template.Node):
    def __init__(self, nodelist, name, vary_on, per_address):
        self.nodelist, self.name, self.vary_on, self.per_address = nodelist, name, vary_on, per_address

    def render(self, context):
        request = context.get("request")
        # The template being rendered is part of the key: templates extending the same base override its blocks
        # differently (the scan's results page leaves out the head's links that its step pages have).
        template = getattr(getattr(context, "template", None), "name", "")
        parts = [template, *(value.resolve(context) for value in self.vary_on)]
        if self.per_address and request is not None:
            parts.insert(0, _address_part(context.get("page"), request))
        return fragment(request, self.name, parts, lambda: self.nodelist.render(context))


@register.tag
def fragmentcache(parser, token):
    """``{% fragmentcache "name" [per_address] %}…{% endfragmentcache %}``: the enclosed template, stored for
    ``FRAGMENT_CACHE_SECONDS`` per language, site address and generation (cms/page_cache.py; every publication
    purges it). ``per_address`` (the word) also keys it on the page shown and the query string; any further
    arguments are variables it varies on. Only for what looks the same to every visitor."""
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise TemplateSyntaxError("fragmentcache needs a quoted fragment name")
    nodelist = parser.parse(("endfragmentcache",))
    parser.delete_first_token()
    name, rest = bits[1][1:-1], bits[2:]
    vary_on = [parser.compile_filter(bit) for bit in rest if bit != "per_address"]
    return FragmentCacheNode(nodelist, name, vary_on, per_address="per_address" in rest)


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One entry per language of ``settings.LANGUAGES`` for the language switcher and hreflang links.

    Each entry is a dict: ``code``, ``name`` (in its own language), ``url`` (the live translation of
    ``page``, else that language's home; for views outside the page tree the same view in that
    language), ``full_url``, ``is_current`` and ``is_live_translation``.
    """
    request = context.get("request")
    page = _as_page(page)
    # The links only change when content is published: remembered per page, query string, language and address.
    parts = [_address_part(page, request)] if request is not None else []
    return fragment(request, "language-links", parts, lambda: _language_links(request, page))


def _language_links(request, page):
    pages = _language_pages(request, page)
    current = _active_language()

    match = getattr(request, "resolver_match", None)
    # A view outside the page tree (search): the same view in the other language, query string kept.
    same_view = page is None and match is not None and match.url_name not in (None, "wagtail_serve")
    # Filters are language-independent codes, so a translated listing keeps them (not the page number,
    # which may not exist in the other language).
    query = request.GET.copy() if request is not None else {}
    query.pop("page", None)
    query_string = f"?{query.urlencode()}" if query else ""

    links = []
    for code, name in settings.LANGUAGES:
        translated = pages["translations"].get(code)
        home = pages["homes"].get(code)
        translated_url = translated.get_url(request) if translated is not None else None
        if translated_url:
            url = f"{translated_url}{query_string}"
        elif same_view:
            url = translate_url(f"{request.path}{query_string}", code)
        elif home is not None:
            url = home.get_url(request) or _fallback_home_url(code)
        else:
            url = _fallback_home_url(code)
        canonical = translated_url or url
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "full_url": request.build_absolute_uri(canonical) if request is not None else canonical,
                "is_current": code == current,
                "is_live_translation": bool(translated_url),
                "og_locale": OPEN_GRAPH_LOCALES.get(code, code),
            }
        )
    return links


@register.simple_tag(takes_context=True)
def home_url(context, page=None):
    """The URL of the active language's home page (shares the query of ``language_links``)."""
    request = context.get("request")
    home = _language_pages(request, _as_page(page))["homes"].get(_active_language())
    return (home.get_url(request) if home else None) or _fallback_home_url(_active_language())


@register.simple_tag(takes_context=True)
def main_menu(context, page=None):
    """The live children of the active language's home page that are shown in menus, in tree order.

    Returns dicts: ``title``, ``url`` and ``current`` (``"page"`` for the current page, ``"true"`` for
    the section the current page is in, else ``""``). One query (plus the shared home lookup when
    the view is outside the page tree).
    """
    request = context.get("request")
    page = _as_page(page)
    if page is not None and page.depth >= HOME_DEPTH:
        home_path = page.path[: Page.steplen * HOME_DEPTH]
    else:
        home = _language_pages(request, page)["homes"].get(_active_language())
        if home is None:
            return []
        home_path = home.path
    items = (
        Page.objects.live()
        .in_menu()
        .filter(depth=HOME_DEPTH + 1, path__startswith=home_path)
        .order_by("path")
        .only("id", "path", "depth", "title", "url_path")
    )
    menu = []
    for item in items:
        current = ""
        if page is not None and page.path == item.path:
            current = "page"
        elif page is not None and page.path.startswith(item.path):
            current = "true"
        menu.append({"title": item.title, "url": item.get_url(request), "current": current})
    return menu


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page=None):
    """The trail from the language's home page to ``page`` as dicts ``title``, ``url``, ``is_home``,
    ``is_current``; empty on a home page and outside the page tree. One query."""
    request = context.get("request")
    page = _as_page(page)
    if page is None or page.depth <= HOME_DEPTH:
        return []
    ancestors = page.get_ancestors().filter(depth__gte=HOME_DEPTH).only("id", "path", "depth", "title", "url_path")
    trail = [
        {"title": ancestor.title, "url": ancestor.get_url(request), "is_home": ancestor.depth == HOME_DEPTH}
        for ancestor in ancestors
    ]
    trail.append({"title": page.title, "url": page.get_url(request), "is_home": False, "is_current": True})
    return trail


@register.simple_tag
def footer_text():
    """The footer text of the active language, else of the default language, else ``None``. One query."""
    current, default = _active_language(), get_supported_content_language_variant(settings.LANGUAGE_CODE)
    texts = {
        text.locale.language_code: text
        for text in FooterText.objects.filter(locale__language_code__in={current, default}).select_related("locale")
    }
    return texts.get(current) or texts.get(default)


@register.simple_tag
def with_card_relations(projects):
    """``projects`` as a list with their organisation and images loaded in at most three queries.

    For project lists built without ``select_related`` (featured or related projects), so that their
    cards do not cost a query each; relations already loaded are left alone.
    """
    projects = [project for project in projects or [] if project is not None]
    prefetch_related_objects(projects, "organisation", "image", "listing_image")
    return projects


@register.simple_tag(takes_context=True)
def paged_url(context, query, number):
    """The URL of page ``number`` of a listing, keeping ``query`` (an encoded query string without
    ``page``); page 1 drops the parameter."""
    request = context.get("request")
    path = request.path if request else ""
    params = [part for part in [query, f"page={number}" if int(number) > 1 else ""] if part]
    return f"{path}?{'&'.join(params)}" if params else path or "?"


@register.simple_tag
def page_range(page_obj):
    """Page numbers around the current one, with ``None`` where numbers are left out (…)."""
    ellipsis = page_obj.paginator.ELLIPSIS
    return [
        None if number == ellipsis else number
        for number in page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)
    ]


@register.simple_tag
def mailto_url(email, *subject_parts):
    """A ``mailto:`` URL for ``email`` whose subject joins ``subject_parts`` with a colon."""
    subject = ": ".join(str(part) for part in subject_parts if part)
    return f"mailto:{email}?subject={quote(subject)}" if subject else f"mailto:{email}"


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """``url`` made absolute against the current request (unchanged when it already is)."""
    request = context.get("request")
    return request.build_absolute_uri(url) if request and url else url


@register.filter
def quantity(value):
    """A number in the active language's notation with thousands grouped and no trailing zeros:
    ``120000.00`` → ``120,000`` (en), ``120.000`` (nl); ``38.50`` → ``38.5`` (en), ``38,5`` (fr)."""
    if value is None or value == "":
        return ""
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return value
    number = number.quantize(Decimal(1)) if number == number.to_integral_value() else number.normalize()
    return number_format(number, force_grouping=True)


@register.filter
def percentage(value):
    """A share in per cent as people read it: whole numbers, "< 1" for a start that rounds to nothing."""
    if value is None or value == "":
        return ""
    number = Decimal(str(value))
    if 0 < number < 1:
        return "< 1"
    return number_format(number.quantize(Decimal(1), rounding="ROUND_FLOOR"), force_grouping=True)
