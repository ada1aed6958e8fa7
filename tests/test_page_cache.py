"""The anonymous page cache: stored per language and address, answered without a query, purged when what a page
shows is published, and never used for a visitor with a session, a form or a private page."""

import gzip

import pytest
from django.test import RequestFactory

from home.models import SiteSettings
from tests.conftest import translate
from tests.home.test_progress import engage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture
def site_tree(site_tree_with_settings):
    return site_tree_with_settings


def fetch(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200
    return response, response.get("X-Page-Cache")


def test_an_anonymous_page_is_stored_and_then_answered_without_a_query(client, site_tree, django_assert_num_queries):
    first, state = fetch(client, site_tree.home.url)
    assert state == "miss"
    with django_assert_num_queries(0):
        second, state = fetch(client, site_tree.home.url)
    assert state == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    # The security headers are added to stored pages too.
    assert "script-src 'self'" in second["Content-Security-Policy"]
    assert second["X-Frame-Options"] == "DENY"


def test_a_stored_page_is_sent_compressed_to_clients_that_accept_it(client, site_tree):
    first, _ = fetch(client, site_tree.home.url)
    compressed, state = fetch(client, site_tree.home.url, HTTP_ACCEPT_ENCODING="br, gzip, deflate")
    assert state == "hit" and compressed["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed.content) == first.content
    assert int(compressed["Content-Length"]) == len(compressed.content) < len(first.content) / 3
    assert "Accept-Encoding" in compressed["Vary"]
    plain, _ = fetch(client, site_tree.home.url, HTTP_ACCEPT_ENCODING="identity")
    assert not plain.has_header("Content-Encoding") and plain.content == first.content
    assert int(plain["Content-Length"]) == len(first.content)


def test_each_language_and_address_is_stored_apart(client, site_tree, all_language_homes):
    english, _ = fetch(client, "/en/")
    dutch, _ = fetch(client, "/nl/")
    assert fetch(client, "/en/")[1] == fetch(client, "/nl/")[1] == "hit"
    assert "Belgische Biodiversiteitsalliantie" in fetch(client, "/nl/")[0].content.decode()
    assert "Belgische Biodiversiteitsalliantie" not in fetch(client, "/en/")[0].content.decode()
    assert english.content != dutch.content
    showcase = site_tree.showcase.url
    fetch(client, showcase)
    assert fetch(client, f"{showcase}?province=namur")[1] == "miss"
    assert fetch(client, f"{showcase}?province=namur")[1] == "hit"


def test_publishing_a_page_purges_and_a_draft_does_not(client, site_tree):
    fetch(client, site_tree.home.url)
    home = site_tree.home
    home.title = "A draft title"
    home.save_revision()
    response, state = fetch(client, home.url)
    assert state == "hit" and "A draft title" not in response.content.decode()
    home.save_revision().publish()
    response, state = fetch(client, home.url)
    assert state == "miss" and "A draft title" in response.content.decode()


def test_a_translated_page_published_purges_its_language(client, site_tree, all_language_homes):
    fetch(client, "/nl/")
    translate(site_tree.home, all_language_homes["nl"].locale, title="Alliantie voor biodiversiteit")
    response, state = fetch(client, "/nl/")
    assert state == "miss" and "Alliantie voor biodiversiteit" in response.content.decode()


def test_a_snippet_a_setting_and_an_engagement_purge(client, site_tree):
    project = site_tree.projects["ponds"].url
    fetch(client, project)
    natagora = site_tree.organisations["natagora"]
    natagora.name = "Natagora asbl"
    natagora.save()
    response, state = fetch(client, project)
    assert state == "miss" and "Natagora asbl" in response.content.decode()

    settings_ = SiteSettings.for_site(site_tree.home.get_site())
    settings_.contact_email = "hello@alliance.example"
    settings_.save()
    response, state = fetch(client, project)
    assert state == "miss" and "hello@alliance.example" in response.content.decode()

    objective = site_tree.objectives[5]
    fetch(client, objective.url)
    engage(objective, [400, None], name="Regionaal Landschap")
    response, state = fetch(client, objective.url)
    assert state == "miss" and "Regionaal Landschap" in response.content.decode()


def test_unpublishing_a_page_purges_the_listing(client, site_tree):
    fetch(client, site_tree.showcase.url)
    site_tree.projects["forest"].unpublish()
    response, state = fetch(client, site_tree.showcase.url)
    assert state == "miss" and "Forest in one day" not in response.content.decode()


def test_logged_in_visitors_never_get_or_make_stored_pages(client, site_tree, django_user_model):
    fetch(client, site_tree.home.url)
    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "pass")
    client.force_login(editor)
    response = client.get(site_tree.home.url)
    assert "X-Page-Cache" not in response
    assert b"wagtail-userbar" in response.content
    client.logout()
    client.cookies.clear()
    assert fetch(client, site_tree.home.url)[1] == "hit"


def test_forms_and_the_scan_are_never_stored(client, site_tree):
    join = site_tree.objectives[5].url + "join/"
    for _ in range(2):
        response = client.get(join)
        assert response.status_code == 200 and "X-Page-Cache" not in response


def test_errors_and_posts_are_not_stored(client, site_tree):
    for _ in range(2):
        assert client.get("/en/no-such-page/").status_code == 404
    assert client.get("/en/no-such-page/").get("X-Page-Cache") is None
    assert client.head(site_tree.home.url).get("X-Page-Cache") == "miss"
    head = client.head(site_tree.home.url)
    assert head.get("X-Page-Cache") == "hit" and head.content == b""


def test_with_a_cdn_configured_stored_pages_may_be_kept_by_the_cdn(client, site_tree, settings):
    settings.WAGTAILFRONTENDCACHE = {
        "http": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": "http://cdn.invalid"}
    }
    response, _ = fetch(client, site_tree.home.url)
    assert "s-maxage=300" in response["Cache-Control"] and "public" in response["Cache-Control"]
    assert "X-Page-Cache" not in client.get(site_tree.objectives[5].url + "join/")


def test_with_the_cache_unreachable_pages_are_still_served(client, site_tree, settings):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "cms.cache.TolerantRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        },
    }
    for _ in range(2):
        response = client.get(site_tree.home.url)
        assert response.status_code == 200 and response.get("X-Page-Cache") != "hit"


def test_the_cache_is_off_when_its_lifetime_is_zero(client, site_tree, settings):
    settings.PAGE_CACHE_SECONDS = 0
    for _ in range(2):
        assert "X-Page-Cache" not in client.get(site_tree.home.url)


def test_the_health_check_answers_without_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz/", **{"REMOTE_ADDR": RequestFactory().get("/").META["REMOTE_ADDR"]})
    assert response.status_code == 200 and response.content == b"ok"
    assert "no-cache" in response["Cache-Control"]
