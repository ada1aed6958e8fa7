"""Search over the current language's pages; sitemap.xml with every language; robots.txt."""

import pytest

from home.views import SEARCH_RESULTS_PER_PAGE

pytestmark = pytest.mark.django_db


def result_titles(response):
    assert response.status_code == 200
    results = response.context["search_results"]
    return [page.title for page in results] if results is not None else []


def test_search_finds_pages_of_the_current_language_only(client, site_tree, dutch_tree):
    english = result_titles(client.get("/en/search/", {"q": "connectivity"}))
    assert "Ecological connectivity" in english
    assert "Ecologische connectiviteit" not in english

    dutch = result_titles(client.get("/nl/search/", {"q": "connectiviteit"}))
    assert "Ecologische connectiviteit" in dutch
    assert "Ecological connectivity" not in dutch


@pytest.mark.parametrize("language", ["fr", "de"])
def test_search_works_in_french_and_german(client, site_tree, all_language_homes, language):
    response = client.get(f"/{language}/search/", {"q": "Alliance" if language == "fr" else "Biodiversitätsallianz"})
    titles = result_titles(response)
    assert titles == [all_language_homes[language].title]


def test_search_without_a_query_shows_the_form(client, site_tree):
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert response.context["search_results"] is None
    assert 'name="q"' in response.content.decode()


def test_search_with_no_match_says_so(client, site_tree):
    response = client.get("/en/search/", {"q": "xylophone"})
    assert result_titles(response) == []


def test_search_paginates_and_rejects_pages_out_of_range(client, site_tree):
    from home import factories

    for number in range(SEARCH_RESULTS_PER_PAGE + 3):
        factories.NewsPageFactory(parent=site_tree.news_index, title=f"Hedgehog news {number}")
    first = result_titles(client.get("/en/search/", {"q": "hedgehog"}))
    second = result_titles(client.get("/en/search/", {"q": "hedgehog", "page": 2}))
    assert len(first) == SEARCH_RESULTS_PER_PAGE
    assert len(second) == 3
    assert client.get("/en/search/", {"q": "hedgehog", "page": 9}).status_code == 404
    assert client.get("/en/search/", {"q": "hedgehog", "page": "x"}).status_code == 200


def test_sitemap_lists_the_pages_of_every_language(client, site_tree, dutch_tree, all_language_homes):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    for path in ("/en/", "/nl/", "/fr/", "/de/", site_tree.objectives[5].url, dutch_tree.connectivity.url):
        assert f"http://testserver{path}</loc>" in xml or f"http://localhost{path}</loc>" in xml, path


def test_sitemap_leaves_out_unpublished_pages(client, site_tree):
    site_tree.content.unpublish()
    xml = client.get("/sitemap.xml").content.decode()
    assert site_tree.content.url_path.split("/")[-2] not in xml


def test_robots_txt_points_to_the_sitemap_and_keeps_robots_out_of_the_admin(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


@pytest.mark.parametrize("query", ['"', 'connectivity"', '"connectivity', "\x00", "connectivity\x00", "\x1b[31m"])
def test_quotes_and_control_characters_in_a_search_are_left_out(client, site_tree, query):
    """SQLite's full-text search took a double quote for the end of a term, and no database takes a NUL: both were
    server errors."""
    response = client.get("/en/search/", {"q": query})
    titles = result_titles(response)
    assert '"' not in response.context["search_query"] and "\x00" not in response.context["search_query"]
    if "connectivity" in query:
        assert "Ecological connectivity" in titles
