"""The fragment cache: the site chrome and the bodies of the pages that look the same for everyone are stored per
language, site address and page, give exactly the HTML a fresh rendering gives, spare the queries behind them, and
are purged with the page cache whenever what they show is published."""

import time

import pytest
from django.core.cache import caches
from django.test import RequestFactory

from cms.page_cache import GENERATION_KEY, GENERATION_MEMO_SECONDS, LocalCopies, fragment
from home.models import FooterText, SiteSettings
from tests.conftest import translate
from tests.home.test_progress import engage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fragments_on(settings):
    settings.FRAGMENT_CACHE_SECONDS = 300


@pytest.fixture
def site_tree(site_tree_with_settings):
    return site_tree_with_settings


def pages_of(tree):
    return {
        "home": tree.home.url,
        "objective": tree.objectives[5].url,
        "axis": tree.axes[0].url,
        "showcase": tree.showcase.url,
        "showcase filtered": f"{tree.showcase.url}?province=namur",
        "project": tree.projects["ponds"].url,
        "content": tree.content.url,
    }


def test_a_stored_fragment_gives_the_same_html_with_fewer_queries(client, site_tree, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for name, url in pages_of(site_tree).items():
        settings.FRAGMENT_CACHE_SECONDS = 0
        fresh = client.get(url)
        settings.FRAGMENT_CACHE_SECONDS = 300
        with CaptureQueriesContext(connection) as storing:
            stored = client.get(url)
        with CaptureQueriesContext(connection) as reading:
            again = client.get(url)
        assert fresh.status_code == stored.status_code == again.status_code == 200, name
        assert stored.content == fresh.content, name
        assert again.content == fresh.content, name
        assert len(reading) < len(storing), name


def test_the_body_of_a_stored_page_costs_no_query_of_its_own(client, site_tree, django_assert_max_num_queries):
    client.get(site_tree.home.url)
    # Routing (site, home, page), the view restrictions and nothing for the body, header, menu or footer.
    with django_assert_max_num_queries(6):
        assert client.get(site_tree.home.url).status_code == 200
    url = site_tree.objectives[5].url
    client.get(url)
    with django_assert_max_num_queries(7):
        assert client.get(url).status_code == 200


def test_each_language_gets_its_own_chrome(client, site_tree, all_language_homes):
    english = client.get("/en/").content.decode()
    dutch = client.get("/nl/").content.decode()
    assert 'lang="en"' in english and 'lang="nl"' in dutch
    assert client.get("/en/").content.decode() == english
    assert client.get("/nl/").content.decode() == dutch
    assert "Belgische Biodiversiteitsalliantie" in dutch
    assert "Belgische Biodiversiteitsalliantie" not in english


def test_each_site_address_gets_its_own_links(client, site_tree):
    url = site_tree.objectives[5].url
    first = client.get(url, HTTP_HOST="localhost").content.decode()
    other = client.get(url, HTTP_HOST="alliance.example").content.decode()
    assert 'rel="canonical" href="http://localhost/' in first
    assert 'rel="canonical" href="http://alliance.example/' in other


def test_a_listing_keeps_its_filters_apart(client, site_tree):
    namur = client.get(f"{site_tree.showcase.url}?province=namur").content.decode()
    limburg = client.get(f"{site_tree.showcase.url}?province=limburg").content.decode()
    assert "Ponds in Rochefort" in namur and "Forest in one day" not in namur
    assert "Forest in one day" in limburg and "Ponds in Rochefort" not in limburg
    assert client.get(f"{site_tree.showcase.url}?province=namur").content.decode() == namur
    assert client.get(f"{site_tree.showcase.url}?page=9").status_code == 404


def test_publishing_a_page_changes_the_menu_and_the_listings_at_once(client, site_tree):
    from home import factories

    client.get(site_tree.home.url)
    client.get(site_tree.showcase.url)
    section = factories.ContentPageFactory(
        parent=site_tree.home, title="Our new section", slug="new-section", show_in_menus=True, live=False
    )
    assert "Our new section" not in client.get(site_tree.home.url).content.decode()
    section.save_revision().publish()
    assert "Our new section" in client.get(site_tree.home.url).content.decode()

    project = site_tree.projects["ponds"]
    project.title = "Ponds and hedges in Rochefort"
    project.save_revision()
    assert "Ponds and hedges" not in client.get(site_tree.showcase.url).content.decode()  # a draft: unchanged
    project.save_revision().publish()
    assert "Ponds and hedges in Rochefort" in client.get(site_tree.showcase.url).content.decode()
    project.unpublish()
    assert "Ponds and hedges in Rochefort" not in client.get(site_tree.showcase.url).content.decode()


def test_snippets_settings_and_engagements_purge(client, site_tree):
    client.get(site_tree.home.url)
    FooterText.objects.create(body="<p>Read our charter</p>", locale=site_tree.home.locale)
    assert "Read our charter" in client.get(site_tree.home.url).content.decode()

    site_settings = SiteSettings.for_site(site_tree.home.get_site())
    site_settings.contact_email = "hello@alliance.example"
    site_settings.save()
    assert "hello@alliance.example" in client.get(site_tree.home.url).content.decode()

    objective = site_tree.objectives[5]
    before = client.get(objective.url).content.decode()
    engage(objective, [250, None], name="Hedge keepers of Ghent")
    after = client.get(objective.url).content.decode()
    assert after != before and "Hedge keepers of Ghent" in after


def test_a_translation_published_appears_in_the_language_links(client, site_tree, locales):
    url = site_tree.content.url
    assert 'hreflang="nl"' not in client.get(url).content.decode().split("</head>")[0]
    translate(site_tree.home, locales["nl"], title="Belgische Biodiversiteitsalliantie")
    translate(site_tree.content, locales["nl"], title="Landschapsbeelden")
    assert 'hreflang="nl"' in client.get(url).content.decode().split("</head>")[0]


def test_logged_in_editors_see_the_same_pages_with_their_user_bar(client, site_tree, django_user_model):
    anonymous = client.get(site_tree.home.url).content.decode()
    editor = django_user_model.objects.create_superuser("editor", "editor@alliance.example", "pw")
    client.force_login(editor)
    logged_in = client.get(site_tree.home.url).content.decode()
    assert "wagtail-userbar" in logged_in and "wagtail-userbar" not in anonymous
    assert anonymous.split('<main id="main"')[1] == logged_in.split('<main id="main"')[1]


def test_previews_and_overlong_addresses_are_rendered_afresh(site_tree):
    calls = []

    def render():
        calls.append(1)
        return "fresh"

    request = RequestFactory().get("/en/", HTTP_HOST="localhost")
    assert fragment(request, "test", [], render) == fragment(request, "test", [], render) == "fresh"
    assert len(calls) == 1
    request.is_preview = True
    fragment(request, "test", [], render)
    assert len(calls) == 2
    long_request = RequestFactory().get("/en/?" + "q=x&" * 100, HTTP_HOST="localhost")
    fragment(long_request, "test", [], render)
    fragment(long_request, "test", [], render)
    assert len(calls) == 4


def test_with_the_cache_unreachable_pages_are_still_served(client, site_tree, settings, caplog):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "cms.cache.TolerantRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.1, "socket_timeout": 0.1},
        },
    }
    settings.PAGE_CACHE_SECONDS = 300
    for url in pages_of(site_tree).values():
        assert client.get(url).status_code == 200
    # The cache backend says so once a minute; the page and fragment caches do not add a line per request.
    assert not [record for record in caplog.records if record.name == "cms.page_cache"]


def stored_fragments():
    return [key for key in caches["default"]._cache if ":fragment:" in key]


def test_the_fragment_cache_is_off_when_its_lifetime_is_zero(client, site_tree, settings):
    client.get(site_tree.home.url)
    assert stored_fragments()
    caches["default"].clear()
    settings.FRAGMENT_CACHE_SECONDS = 0
    assert client.get(site_tree.home.url).status_code == 200
    assert not stored_fragments()


def test_copies_kept_by_the_process_follow_the_shared_generation(client, site_tree):
    client.get(site_tree.home.url)
    # Another server publishes (the shared generation moves on) without this process hearing of it.
    FooterText.objects.bulk_create([FooterText(body="<p>Published elsewhere</p>", locale=site_tree.home.locale)])
    assert "Published elsewhere" not in client.get(site_tree.home.url).content.decode()
    caches["default"].incr(GENERATION_KEY)
    # This process trusts the generation it read for a second, then reads the new one.
    assert "Published elsewhere" not in client.get(site_tree.home.url).content.decode()
    time.sleep(GENERATION_MEMO_SECONDS)
    assert "Published elsewhere" in client.get(site_tree.home.url).content.decode()
    # Redis emptied: a new generation starts from the clock, never one this process holds copies of.
    FooterText.objects.update(body="<p>After a restart</p>")
    caches["default"].clear()
    time.sleep(GENERATION_MEMO_SECONDS)
    assert "After a restart" in client.get(site_tree.home.url).content.decode()


def test_local_copies_are_bounded_and_expire():
    copies = LocalCopies(size=2)
    now = time.time()
    copies.set("a", now + 60, "A")
    copies.set("b", now + 60, "B")
    assert copies.get("a") == "A"  # "a" is now the most recently used
    copies.set("c", now + 60, "C")
    assert copies.get("b") is None and copies.get("a") == "A" and copies.get("c") == "C"
    copies.set("old", now - 1, "gone")
    assert copies.get("old") is None


def test_each_request_gets_its_own_copy_of_a_remembered_object(rf):
    from cms.page_cache import shared_value

    request = rf.get("/en/")
    first = shared_value("test-object", [], lambda: {"pages": ["home"]}, request=request)
    first["pages"].append("changed by a request")
    assert shared_value("test-object", [], lambda: {"pages": []}, request=request) == {"pages": ["home"]}
