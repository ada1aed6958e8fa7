"""How many queries each request of the scan costs, so that a change that makes a step do more work shows.

Each step is counted twice: every query, against a budget (most of them are Wagtail's routing, the session and
the site's header and footer, which are not the scan's), and the queries on the scan's own responses, exactly.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from scan import questionnaire as q

from .conftest import PROFILE, Wizard

pytestmark = pytest.mark.django_db

ANSWERS = {
    "site": {"sealed_share": "40"},
    "nature": {"meadow": "large", "shelters": ["bird_boxes", "dead_wood"]},
    "policy": {"plan": "draft"},
}
# At most this many queries per request: Wagtail's routing (7: the site, the locale, the home page, the scan page and
# its specific row, the view restrictions of its ancestors), the session (1), the scan's own queries, and on a page
# the site's languages, menu, breadcrumbs, footer and settings (5).
BUDGET = {
    "start": 7,
    "intro": 12,
    "intro (post)": 13,
    "profile": 14,
    "profile (post)": 10,
    "site": 14,
    "site (post)": 10,
    "nature": 14,
    "nature (post)": 10,
    "policy": 14,
    "policy (post)": 10,
    "check": 14,
    "check (post)": 16,
    "results": 16,
}
# Exactly this many queries on scan_scanresponse: a step reads the draft once, and a valid step writes it once.
RESPONSE_QUERIES = {
    "start": 0,
    "intro": 0,
    "intro (post)": 2,  # the draft is created, then written with the wizard's state
    "profile": 1,
    "profile (post)": 2,
    "site": 1,
    "site (post)": 2,
    "nature": 1,
    "nature (post)": 2,
    "policy": 1,
    "policy (post)": 2,
    "check": 1,
    "check (post)": 2,  # read, then submitted
    "results": 2,  # the response, and the average of its sector
}


def walk(client, page):
    """Every request of one scan as (label, queries)."""
    wizard = Wizard(client, page)
    counted = []

    def count(label, send):
        with CaptureQueriesContext(connection) as queries:
            response = send()
        counted.append((label, queries.captured_queries))
        assert response.status_code in (200, 302), (label, response.status_code)
        return response

    location = count("start", lambda: client.get(page.url))["Location"]
    for step, data in [("intro", {"consent": "on"}), ("profile", PROFILE), *ANSWERS.items(), ("check", {})]:
        assert location == wizard.url(step)
        count(step, lambda step=step: client.get(wizard.url(step)))
        location = count(f"{step} (post)", lambda step=step, data=data: wizard.post(step, data))["Location"]
    assert "/results/" in location
    count("results", lambda: client.get(location))
    return counted


def on_responses(queries):
    return [query["sql"] for query in queries if "scan_scanresponse" in query["sql"]]


def test_each_request_of_the_scan_stays_within_its_query_budget(client, scan_page):
    walk(client, scan_page)  # the first scan fills Wagtail's caches (site root paths)
    client.cookies.clear()
    counted = walk(client, scan_page)
    assert [label for label, _queries in counted] == list(BUDGET)
    over = {label: len(queries) for label, queries in counted if len(queries) > BUDGET[label]}
    assert not over, over
    on_scan = {label: len(on_responses(queries)) for label, queries in counted}
    assert on_scan == RESPONSE_QUERIES


def test_a_valid_step_writes_the_draft_once(client, scan_page):
    counted = dict(walk(client, scan_page))
    for label in ("profile (post)", "site (post)", "nature (post)", "policy (post)"):
        writes = [sql for sql in on_responses(counted[label]) if sql.startswith("UPDATE")]
        assert len(writes) == 1, (label, writes)
        assert "wizard_state" in writes[0] and "answers" in writes[0]


def test_the_questionnaire_is_built_once_for_all_requests(client, scan_page, monkeypatch):
    walk(client, scan_page)
    built = []
    original = q.build
    monkeypatch.setattr(q, "build", lambda *args, **kwargs: built.append(1) or original(*args, **kwargs))
    client.cookies.clear()
    walk(client, scan_page)
    assert built == []
