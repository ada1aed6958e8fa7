"""Listings cost the same number of queries with three items or thirty: no page issues a query per listed item.
(The showcase and the home page are checked in test_showcase.py, the objectives' progress in test_progress.py.)"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from home import factories
from tests.home.test_events import add_event, events_index  # noqa: F401 -- the events fixture

pytestmark = pytest.mark.django_db


def queries_for(client, url):
    client.get(url)  # fills what is cached once per process (content types, the site's root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_the_news_index_does_not_grow_with_the_news(client, site_tree):
    image = factories.ImageFactory()
    add = lambda n: factories.NewsPageFactory(parent=site_tree.news_index, listing_image=image, title=f"Item {n}")  # noqa: E731
    for n in range(2):
        add(n)
    few = queries_for(client, site_tree.news_index.url)
    for n in range(2, 12):
        add(n)
    assert queries_for(client, site_tree.news_index.url) == few


def test_search_results_do_not_grow_with_the_matches(client, site_tree):
    url = "/en/search/?q=hedges"
    for n in range(2):
        factories.ProjectPageFactory(parent=site_tree.showcase, title=f"Hedges {n}")
    few = queries_for(client, url)
    for n in range(2, 9):
        factories.ProjectPageFactory(parent=site_tree.showcase, title=f"Hedges {n}", image=factories.ImageFactory())
    assert queries_for(client, url) == few


def test_the_partners_page_does_not_grow_with_the_partners(client, site_tree):
    for n in range(2):
        factories.OrganisationFactory(name=f"Partner {n}", is_partner=True, logo=factories.ImageFactory())
    few = queries_for(client, site_tree.partners.url)
    for n in range(2, 17):
        factories.OrganisationFactory(name=f"Partner {n}", is_partner=True, logo=factories.ImageFactory())
    assert queries_for(client, site_tree.partners.url) == few


def test_the_events_index_does_not_grow_with_the_events(client, site_tree, events_index):  # noqa: F811
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=30)
    organisers = list(site_tree.organisations.values())
    for n in range(2):
        add_event(events_index, f"Event {n}", start + datetime.timedelta(days=n), organisers=organisers)
        add_event(events_index, f"Past {n}", start - datetime.timedelta(days=90 + n), organisers=organisers)
    few = queries_for(client, events_index.url)
    for n in range(2, 8):
        add_event(events_index, f"Event {n}", start + datetime.timedelta(days=n), organisers=organisers)
        add_event(events_index, f"Past {n}", start - datetime.timedelta(days=90 + n), organisers=organisers)
    assert queries_for(client, events_index.url) == few
