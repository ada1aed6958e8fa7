"""The showcase index: combinable filters in the query string, pagination, map data, malformed input."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home import factories

pytestmark = pytest.mark.django_db


def project_titles(response):
    assert response.status_code == 200
    return {project.title for project in response.context["projects"].object_list}


def test_lists_all_projects_without_filters(client, site_tree):
    response = client.get(site_tree.showcase.url)
    assert project_titles(response) == {"Ponds in Rochefort", "Forest in one day"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?objective=5", {"Ponds in Rochefort"}),
        ("?objective=3", {"Forest in one day"}),
        ("?objective=9", set()),
        ("?axis=1", {"Ponds in Rochefort", "Forest in one day"}),
        ("?axis=2", set()),
        ("?province=limburg", {"Forest in one day"}),
        ("?organisation_type=ngo", {"Ponds in Rochefort"}),
        ("?axis=1&province=namur", {"Ponds in Rochefort"}),
        ("?objective=5&organisation_type=municipality", set()),
        ("?objective=3&axis=1&province=limburg&organisation_type=municipality", {"Forest in one day"}),
    ],
)
def test_filters_combine(client, site_tree, query, expected):
    assert project_titles(client.get(site_tree.showcase.url + query)) == expected


def test_a_project_serving_two_objectives_is_listed_once(client, site_tree):
    both = factories.ProjectPageFactory(
        parent=site_tree.showcase, title="Both", objectives=[site_tree.objectives[5], site_tree.objectives[3]]
    )
    response = client.get(site_tree.showcase.url + "?axis=1")
    titles = [project.title for project in response.context["projects"].object_list]
    assert titles.count(both.title) == 1


@pytest.mark.parametrize(
    "query",
    [
        "?objective=abc",
        "?objective=42",
        "?axis=-3",
        "?province=atlantis",
        "?organisation_type=%00",
        "?page=abc",
        "?objective=5&objective=abc",
        "?objective=" + "9" * 40,
    ],
)
def test_malformed_filters_give_a_normal_page(client, site_tree, query):
    response = client.get(site_tree.showcase.url + query)
    assert response.status_code == 200


@pytest.mark.parametrize("query", ["?page=-1", "?page=0", "?page=999999"])
def test_pages_out_of_range_are_not_found(client, site_tree, query):
    assert client.get(site_tree.showcase.url + query).status_code == 404


def test_an_invalid_filter_is_ignored_and_the_others_still_apply(client, site_tree):
    response = client.get(site_tree.showcase.url + "?objective=abc&province=limburg")
    assert project_titles(response) == {"Forest in one day"}
    assert response.context["filter_form"].errors


def test_pagination_keeps_the_filters(client, site_tree):
    for number in range(30):
        factories.ProjectPageFactory(
            parent=site_tree.showcase,
            title=f"Hedge {number:02d}",
            province="antwerp",
            objectives=[site_tree.objectives[5]],
        )
    response = client.get(site_tree.showcase.url + "?province=antwerp")
    page = response.context["projects"]
    assert page.paginator.count == 30
    assert len(page.object_list) == site_tree.showcase.projects_per_page
    html = response.content.decode()
    assert "province=antwerp&amp;page=2" in html or "page=2&amp;province=antwerp" in html
    second = client.get(site_tree.showcase.url + "?province=antwerp&page=2")
    assert project_titles(second).isdisjoint(project_titles(response))


def test_map_data_lists_every_filtered_project_with_coordinates(client, site_tree):
    factories.ProjectPageFactory(parent=site_tree.showcase, title="Nowhere", latitude=None, longitude=None)
    response = client.get(site_tree.showcase.url + "?axis=1")
    html = response.content.decode()
    match = re.search(r'<script id="showcase-map-data" type="application/json">(.*?)</script>', html, re.S)
    assert match, "the map data is missing"
    markers = json.loads(match.group(1))
    assert {marker["title"] for marker in markers} == {"Ponds in Rochefort", "Forest in one day"}
    ponds = next(marker for marker in markers if marker["title"] == "Ponds in Rochefort")
    assert ponds["url"] == site_tree.projects["ponds"].url
    assert ponds["lat"] == pytest.approx(50.16)


def test_showcase_and_home_page_queries_do_not_grow_with_the_number_of_projects(client, site_tree):
    def count_queries(url):
        client.get(url)  # warm caches that are filled once per process (content types, site root paths)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        return len(queries)

    home = site_tree.home
    for project in site_tree.projects.values():
        home.featured_projects.create(project=project)
    home.save_revision().publish()

    small_showcase = count_queries(site_tree.showcase.url)
    small_filtered = count_queries(site_tree.showcase.url + "?axis=1&province=limburg")
    small_home = count_queries(home.url)

    organisations = [factories.OrganisationFactory(organisation_type="ngo") for _ in range(5)]
    objectives = list(site_tree.objectives.values())
    for number in range(200):
        factories.ProjectPageFactory(
            parent=site_tree.showcase,
            title=f"Project {number:03d}",
            organisation=organisations[number % 5],
            province="limburg",
            objectives=[objectives[number % 3], objectives[(number + 1) % 3]],
            latitude="50.9",
            longitude="5.4",
        )
    for _ in range(20):
        factories.NewsPageFactory(parent=site_tree.news_index)

    large_showcase = count_queries(site_tree.showcase.url)
    large_filtered = count_queries(site_tree.showcase.url + "?axis=1&province=limburg")
    large_home = count_queries(home.url)

    assert large_showcase == small_showcase, "the showcase index issues a query per project"
    assert large_filtered == small_filtered, "the filtered showcase issues a query per project"
    assert large_home == small_home, "the home page issues a query per project or news item"
    assert large_showcase <= 30
    assert large_home <= 30
