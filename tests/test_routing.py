"""The page for an address is found in three queries, and it is always the page Wagtail's own routing finds: in
every language, through drafts, below pages with their own routes, and for addresses that lead nowhere."""

import pytest
from django.http import Http404
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, Site

from cms.routing import route
from home import factories
from tests.conftest import translate

pytestmark = pytest.mark.django_db


def described(result):
    """A route result as comparable values: the page, and for a routable page the view's name and arguments."""
    if result is None:
        return None
    page, args, kwargs = result
    if args:
        view, view_args, view_kwargs = args
        args = (view.__name__, tuple(view_args), dict(view_kwargs))
    return (type(page), page.pk, args, kwargs)


def wagtail_route(request, path):
    site = Site.find_for_request(request)
    try:
        return site.root_page.localized.specific.route(request, [part for part in path.split("/") if part])
    except Http404:
        return None


def fast_route(request, path):
    try:
        return route(request, path)
    except Http404:
        return None


def both(language, path):
    with translation.override(language):
        request = RequestFactory().get(f"/{language}/{path}", HTTP_HOST="localhost")
        expected = described(wagtail_route(request, path))
        request = RequestFactory().get(f"/{language}/{path}", HTTP_HOST="localhost")
        return described(fast_route(request, path)), expected


@pytest.fixture
def tree(site_tree, dutch_tree, locales):
    """The shared tree in English and partly in Dutch, with a draft section holding a live page."""
    draft_section = factories.ContentPageFactory(parent=site_tree.home, title="Draft section", slug="draft-section")
    factories.ContentPageFactory(parent=draft_section, title="Live below", slug="live-below")
    draft_section.unpublish()
    draft_page = factories.ContentPageFactory(parent=site_tree.home, title="Draft page", slug="draft-page")
    draft_page.unpublish()
    translate(site_tree.showcase, locales["nl"], title="Etalage")
    return site_tree


def addresses(language):
    """The path below the language prefix of every page of the tree in ``language`` or in English, and a few that
    lead nowhere or to a page's own routes."""
    paths = sorted(
        {
            page.url_path.split("/", 2)[2]
            for page in Page.objects.filter(depth__gt=2, locale__language_code__in=["en", language])
        }
    )
    objective = next(path for path in paths if path.endswith("ecological-connectivity/"))
    return [
        *paths,
        "",
        "nowhere/",
        "engagements/nowhere/",
        f"{objective}join/",
        f"{objective}join/thanks/",
        f"{objective}nowhere/",
        "draft-page/",
        "draft-section/live-below/",
    ]


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_every_address_leads_where_wagtail_would_lead(tree, language):
    for path in addresses(language):
        found, expected = both(language, path)
        assert found == expected, (language, path)


def test_drafts_route_like_wagtail(tree):
    assert both("en", "draft-page/") == (None, None)
    found, expected = both("en", "draft-section/live-below/")
    assert found == expected and found is not None
    assert both("en", "draft-section/")[0] is None


def test_a_deep_page_is_found_in_three_queries_and_served(client, tree, django_assert_max_num_queries):
    path = tree.objectives[5].url_path.split("/", 2)[2]
    with translation.override("en"):
        request = RequestFactory().get(f"/en/{path}", HTTP_HOST="localhost")
        Site.find_for_request(request)
        with django_assert_max_num_queries(3):
            result = route(request, path)
    assert result.page.pk == tree.objectives[5].pk
    response = client.get(tree.objectives[5].url)
    assert response.status_code == 200
    assert response.context["page"].pk == tree.objectives[5].pk
    assert client.get("/en/engagements/nowhere/").status_code == 404
    assert client.get(f"{tree.objectives[5].url}join/").status_code == 200
