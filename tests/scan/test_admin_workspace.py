"""The advisors' workspace: the list narrows with each filter and the search, sorts, exports what it shows in a
formula-safe spreadsheet, and the inspect view's actions follow a scan up with an audit trail."""

import csv
import io
from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry, Site

from home.models import SiteSettings
from scan.models import ScanNote, ScanResponse
from scan.notifications import notify_advisors_of_contact_request
from scan.viewsets import spreadsheet_safe

from .conftest import small_questionnaire

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/scans/"

THEMES = [("land", "Land cover"), ("habitats", "Habitats"), ("governance", "Governance")]


def theme_scores(*percents):
    return [
        {
            "code": code,
            "name": name,
            "weight": 10,
            "earned": percent,
            "possible": 100,
            "percent": percent,
            "applicable": percent is not None,
        }
        for (code, name), percent in zip(THEMES, percents, strict=True)
    ]


def make_response(page, **fields):
    """A submitted response to ``page`` (the small questionnaire), with plausible answers and scores."""
    now = timezone.now()
    values = {
        "status": ScanResponse.Status.SUBMITTED,
        "scan_key": page.translation_key,
        "page": page,
        "revision_id": page.live_revision_id,
        "language": "en",
        "submitted_at": now,
        "consent_version": "2026-11",
        "consent_given_at": now,
        "company_name": "Groene Logistiek NV",
        "sector": "h",
        "staff": "50-249",
        "postcode": "2030",
        "municipality": "Antwerpen",
        "province": "antwerp",
        "total_area": 20000,
        "outdoor_area": 9000,
        "contact_name": "An Peeters",
        "contact_email": "an@example.be",
        "answers": {"sealed_share": 80, "meadow": "small", "shelters": ["bird_boxes"], "plan": "draft"},
        "theme_scores": theme_scores(0, 60, 50),
        "overall_score": Decimal("40.00"),
        "level": "basis",
        "ladder_step": "aware",
        "facts": {"sealed_share_pct": 80},
        "suggestions": [],
    }
    values.update(fields)
    return ScanResponse.objects.create(**values)


def make_user(django_user_model, username, *groups, superuser=False, **fields):
    user = django_user_model.objects.create_user(
        username=username,
        password="pw",  # noqa: S106
        email=fields.pop("email", f"{username}@alliance.example"),
        is_superuser=superuser,
        is_staff=superuser,
        **fields,
    )
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


@pytest.fixture
def advisor(django_user_model):
    return make_user(django_user_model, "advisor", "Advisors", first_name="Ada", last_name="Advisor")


@pytest.fixture
def other_advisor(django_user_model):
    return make_user(django_user_model, "other", "Advisors", first_name="Otto", last_name="Other")


@pytest.fixture
def advisor_client(client, advisor):
    client.force_login(advisor)
    return client


def listed(client, query=""):
    response = client.get(f"{LIST_URL}?{query}")
    assert response.status_code == 200
    return [row.company_name for row in response.context["object_list"]]


# The list.


def test_the_list_shows_submitted_scans_only(advisor_client, scan_page):
    make_response(scan_page, company_name="Submitted NV")
    make_response(scan_page, company_name="Draft NV", status=ScanResponse.Status.DRAFT, submitted_at=None)
    html = advisor_client.get(LIST_URL).content.decode()
    assert "Submitted NV" in html
    assert "Draft NV" not in html


def test_the_list_shows_the_columns_advisors_need(advisor_client, scan_page, advisor):
    make_response(scan_page, wants_contact=True, assigned_to=advisor, review_status="in_review", language="nl")
    html = advisor_client.get(LIST_URL).content.decode()
    for text in ("Groene Logistiek NV", "Transportation and storage", "Antwerpen", "Antwerp", "40", "Basis"):
        assert text in html, text
    assert "In review" in html and "Ada Advisor" in html and ">nl<" in html.replace(" ", "").replace("\n", "")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("review_status=contacted", {"Contacted BV"}),
        ("review_status=new&review_status=contacted", {"Plain NV", "Contacted BV", "Dutch BV", "Old NV"}),
        ("level=frontrunner", {"Contacted BV"}),
        ("sector=c", {"Dutch BV"}),
        ("province=namur", {"Contacted BV"}),
        ("language=nl", {"Dutch BV"}),
        ("wants_contact=true", {"Wants NV"}),
        ("wants_contact=false", {"Plain NV", "Contacted BV", "Dutch BV", "Old NV"}),
        ("assigned=me", {"Wants NV"}),
        ("assigned=none", {"Plain NV", "Dutch BV", "Old NV"}),
        ("q=contacted", {"Contacted BV"}),
        ("q=jan@", {"Dutch BV"}),
        ("q=marie", {"Old NV"}),
        ("submitted_at_to=2020-01-31", {"Old NV"}),
    ],
)
def test_each_filter_and_the_search_narrow_the_list(advisor_client, scan_page, advisor, other_advisor, query, expected):
    make_response(scan_page, company_name="Plain NV")
    make_response(
        scan_page, company_name="Wants NV", wants_contact=True, assigned_to=advisor, review_status="in_review"
    )
    make_response(
        scan_page,
        company_name="Contacted BV",
        review_status="contacted",
        level="frontrunner",
        province="namur",
        assigned_to=other_advisor,
    )
    make_response(scan_page, company_name="Dutch BV", language="nl", sector="c", contact_email="jan@example.nl")
    make_response(
        scan_page,
        company_name="Old NV",
        contact_name="Marie Dubois",
        submitted_at=timezone.make_aware(timezone.datetime(2020, 1, 15, 12)),
    )
    assert set(listed(advisor_client, query)) == expected


def test_the_assigned_advisor_filter_offers_me_unassigned_and_each_advisor(advisor_client, other_advisor):
    response = advisor_client.get(LIST_URL)
    choices = dict(response.context["filters"].form.fields["assigned"].choices)
    assert choices["me"] == "Assigned to me" and choices["none"] == "Unassigned"
    assert choices[str(other_advisor.pk)] == "Otto Other"


def test_the_submitted_date_range_includes_both_ends(advisor_client, scan_page):
    day = timezone.make_aware(timezone.datetime(2026, 3, 10, 23, 30))
    make_response(scan_page, company_name="On the day", submitted_at=day)
    make_response(scan_page, company_name="Day after", submitted_at=day + timedelta(days=1))
    assert listed(advisor_client, "submitted_at_from=2026-03-10&submitted_at_to=2026-03-10") == ["On the day"]


def test_the_list_sorts_by_score_and_by_company(advisor_client, scan_page):
    make_response(scan_page, company_name="Beta", overall_score=Decimal(70))
    make_response(scan_page, company_name="Alpha", overall_score=Decimal(20))
    make_response(scan_page, company_name="Gamma", overall_score=Decimal(45))
    assert listed(advisor_client, "ordering=overall_score") == ["Alpha", "Gamma", "Beta"]
    assert listed(advisor_client, "ordering=-overall_score") == ["Beta", "Gamma", "Alpha"]
    assert listed(advisor_client, "ordering=company_name") == ["Alpha", "Beta", "Gamma"]


def test_the_list_shows_the_newest_submission_first_and_pages_by_fifty(advisor_client, scan_page):
    start = timezone.now() - timedelta(days=60)
    for index in range(51):
        make_response(scan_page, company_name=f"Company {index:02}", submitted_at=start + timedelta(hours=index))
    first = listed(advisor_client)
    assert len(first) == 50 and first[0] == "Company 50"
    assert listed(advisor_client, "p=2") == ["Company 00"]


# Export.


def test_spreadsheet_safe_neutralises_formulas_and_keeps_other_values():
    for dangerous in ("=1+1", "+32 2 123", "-2", "@SUM(A1)", "\t=1", "\r=1"):
        assert spreadsheet_safe(dangerous) == "'" + dangerous
    assert spreadsheet_safe("Groene Logistiek") == "Groene Logistiek"
    assert spreadsheet_safe("a=b") == "a=b"
    assert spreadsheet_safe(-2) == -2 and spreadsheet_safe(None) is None and spreadsheet_safe(True) is True
    assert spreadsheet_safe("bell\x07") == "bell"


@pytest.fixture
def export_rows(scan_page, advisor):
    make_response(
        scan_page,
        company_name='=HYPERLINK("http://evil.example","click")',
        contact_name="@SUM(1+1)",
        municipality="-Gent",
        wants_contact=True,
        assigned_to=advisor,
        theme_scores=theme_scores(10, 20.5, None),
    )
    make_response(scan_page, company_name="Filtered Out NV", province="namur")


def test_the_csv_export_holds_the_filtered_rows_with_theme_columns_and_no_formula(advisor_client, export_rows):
    response = advisor_client.get(f"{LIST_URL}?province=antwerp&export=csv")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="scans-')
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == 1
    row = rows[0]
    assert row["Company name"] == '\'=HYPERLINK("http://evil.example","click")'
    assert row["Contact person"] == "'@SUM(1+1)"
    assert row["Municipality"] == "'-Gent"
    assert row["Score: Land cover"] == "10.0" and row["Score: Habitats"] == "20.5" and row["Score: Governance"] == ""
    assert row["Assigned advisor"] == "Ada Advisor"
    assert row["Level"] == "Basis" and row["Follow-up status"] == "New" and row["Province"] == "Antwerp"
    assert not any(value.startswith(("=", "+", "-", "@")) for value in row.values())


def test_the_xlsx_export_holds_the_filtered_rows_with_theme_columns_and_no_formula(advisor_client, export_rows):
    response = advisor_client.get(f"{LIST_URL}?wants_contact=true&export=xlsx")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.active
    headings, *rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert len(rows) == 1
    row = dict(zip(headings, rows[0], strict=True))
    assert {"Score: Land cover", "Score: Habitats", "Score: Governance"} <= set(headings)
    assert row["Company name"] == '\'=HYPERLINK("http://evil.example","click")'
    assert row["Score: Habitats"] == 20.5
    assert all(cell.data_type != "f" for line in sheet.iter_rows() for cell in line)


# The inspect view and its actions.


def inspect_url(response):
    return f"/admin/scans/inspect/{response.pk}/"


def test_the_inspect_view_shows_answers_scores_profile_consents_and_facts(advisor_client, scan_page):
    scan = make_response(scan_page, wants_contact=True, contact_requested_at=timezone.now(), contact_consent=True)
    response = advisor_client.get(inspect_url(scan))
    assert response.status_code == 200
    html = response.content.decode()
    # The answers with the questionnaire's own question and option texts.
    assert "What share of your site is sealed?" in html and "80 %" in html
    assert "Do you have a flower meadow?" in html and "Under 500 m²" in html
    assert "Bird boxes" in html and "A draft" in html
    assert "<svg" in html and "Land cover" in html and "theme-table" in html
    assert "Groene Logistiek NV" in html and "an@example.be" in html and "Antwerp" in html
    assert "2026-11" in html  # the consent version
    assert "Sealed share of the site" in html
    assert f'href="{scan_page.url}results/{scan.token}/" target="_blank"' in html


def test_the_inspect_view_shows_the_questionnaire_the_company_answered(advisor_client, scan_page):
    scan = make_response(scan_page)
    # The page changes after the company answered; the advisor still sees the question as it was asked.
    questionnaire = small_questionnaire()
    questionnaire[3]["value"]["questions"][0]["value"]["text"] = "Renamed question"
    scan_page.questionnaire = questionnaire
    scan_page.save_revision().publish()
    html = advisor_client.get(inspect_url(scan)).content.decode()
    assert "What share of your site is sealed?" in html
    assert "Renamed question" not in html


def test_the_inspect_view_shows_suggestions_with_their_reasons(advisor_client, scan_page, site_tree):
    objective = site_tree.objectives[3]
    scan = make_response(
        scan_page,
        suggestions=[
            {"objective": str(objective.translation_key), "number": 3, "score": 1.0, "reasons": ["You have no meadow."]}
        ],
    )
    html = advisor_client.get(inspect_url(scan)).content.decode()
    assert objective.title.replace("&", "&amp;") in html and "You have no meadow." in html


def post_action(client, scan, action, data):
    return client.post(f"{inspect_url(scan)}{action}/", data)


def test_assigning_to_me_another_advisor_and_nobody_is_logged(advisor_client, scan_page, advisor, other_advisor):
    scan = make_response(scan_page)
    assert post_action(advisor_client, scan, "assign", {"advisor": "me"}).status_code == 302
    scan.refresh_from_db()
    assert scan.assigned_to == advisor
    assert post_action(advisor_client, scan, "assign", {"advisor": other_advisor.pk}).status_code == 302
    scan.refresh_from_db()
    assert scan.assigned_to == other_advisor
    assert post_action(advisor_client, scan, "assign", {"advisor": "none"}).status_code == 302
    scan.refresh_from_db()
    assert scan.assigned_to is None
    entries = ModelLogEntry.objects.filter(object_id=str(scan.pk), action="scan.assign")
    assert entries.count() == 3 and all(entry.user == advisor for entry in entries)
    html = advisor_client.get(inspect_url(scan)).content.decode()
    assert "Assigned to Ada Advisor" in html and "Assigned to Otto Other" in html and "Unassigned" in html


def test_assigning_to_a_user_who_is_not_an_advisor_is_refused(advisor_client, scan_page, django_user_model):
    scan = make_response(scan_page)
    outsider = make_user(django_user_model, "outsider", "Editors")
    for value in (outsider.pk, "999999", "abc"):
        response = post_action(advisor_client, scan, "assign", {"advisor": value})
        assert response.status_code == 400
        assert "Choose an advisor from the list." in response.content.decode()
    scan.refresh_from_db()
    assert scan.assigned_to is None


def test_the_follow_up_status_moves_on_and_reopens(advisor_client, scan_page):
    scan = make_response(scan_page)
    for status in ("in_review", "contacted", "closed", "in_review"):
        assert post_action(advisor_client, scan, "status", {"status": status}).status_code == 302
        scan.refresh_from_db()
        assert scan.review_status == status
    entries = ModelLogEntry.objects.filter(object_id=str(scan.pk), action="scan.status").order_by("pk")
    assert [entry.data["to"] for entry in entries] == ["in_review", "contacted", "closed", "in_review"]
    html = advisor_client.get(inspect_url(scan)).content.decode()
    assert "Follow-up status changed from “Closed” to “In review”" in html


def test_an_unknown_or_impossible_status_is_refused(advisor_client, scan_page):
    scan = make_response(scan_page, review_status="closed")
    response = post_action(advisor_client, scan, "status", {"status": "archived"})
    assert response.status_code == 400 and "Choose a follow-up status" in response.content.decode()
    response = post_action(advisor_client, scan, "status", {"status": "contacted"})
    assert response.status_code == 400 and "cannot be set to" in response.content.decode()
    scan.refresh_from_db()
    assert scan.review_status == "closed"
    assert not ModelLogEntry.objects.filter(object_id=str(scan.pk)).exists()


def test_a_note_is_added_logged_and_shown_in_the_timeline(advisor_client, scan_page, advisor):
    scan = make_response(scan_page)
    response = post_action(advisor_client, scan, "note", {"text": "Called; visit planned in May."})
    assert response.status_code == 302
    note = ScanNote.objects.get(response=scan)
    assert note.author == advisor
    assert ModelLogEntry.objects.get(object_id=str(scan.pk), action="scan.note").data == {"note": note.pk}
    html = advisor_client.get(inspect_url(scan)).content.decode()
    assert "Called; visit planned in May." in html and "Ada Advisor" in html


def test_an_empty_note_is_refused(advisor_client, scan_page):
    scan = make_response(scan_page)
    response = post_action(advisor_client, scan, "note", {"text": "   "})
    assert response.status_code == 400 and "Write a note" in response.content.decode()
    assert not ScanNote.objects.exists()


def test_actions_accept_post_only(advisor_client, scan_page):
    scan = make_response(scan_page)
    for action in ("assign", "status", "note"):
        assert advisor_client.get(f"{inspect_url(scan)}{action}/").status_code == 405


# The notification.


@pytest.fixture
def contact_scan(scan_page):
    return make_response(
        scan_page, company_name="Groene Logistiek NV", province="limburg", wants_contact=True, contact_consent=True
    )


def test_the_advisors_are_told_at_the_address_in_the_site_settings(rf, contact_scan, advisor, mailoutbox):
    site = Site.objects.get(is_default_site=True)
    SiteSettings.objects.update_or_create(site=site, defaults={"advisors_email": "advisors@alliance.example"})
    notify_advisors_of_contact_request(rf.get("/", HTTP_HOST="localhost"), contact_scan)
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["advisors@alliance.example"]


def test_without_an_address_every_active_advisor_with_an_email_is_told(
    rf, contact_scan, advisor, other_advisor, django_user_model, mailoutbox
):
    make_user(django_user_model, "inactive", "Advisors", is_active=False)
    make_user(django_user_model, "noemail", "Advisors", email="")
    make_user(django_user_model, "editor", "Editors")
    notify_advisors_of_contact_request(rf.get("/", HTTP_HOST="localhost"), contact_scan)
    assert len(mailoutbox) == 1
    assert sorted(mailoutbox[0].to) == ["advisor@alliance.example", "other@alliance.example"]


def test_the_notification_names_the_company_and_links_to_the_scan_without_its_answers(
    rf, contact_scan, advisor, mailoutbox
):
    notify_advisors_of_contact_request(rf.get("/", HTTP_HOST="localhost"), contact_scan)
    mail = mailoutbox[0]
    assert "Groene Logistiek NV" in mail.subject + mail.body
    assert "Limburg" in mail.body
    assert f"http://testserver/admin/scans/inspect/{contact_scan.pk}/" in mail.body
    for private in ("80", "Under 500", "Bird boxes", "40", "Land cover", "an@example.be", "An Peeters"):
        assert private not in mail.body, private


def test_asking_for_contact_on_the_results_page_tells_the_advisors(
    client, contact_scan, scan_page, advisor, mailoutbox
):
    url = f"{scan_page.url}results/{contact_scan.token}/contact/"
    response = client.post(url, {"email": "an@example.be", "name": "An", "consent": "on"})
    assert response.status_code == 302
    assert [mail.to for mail in mailoutbox] == [["advisor@alliance.example"]]
    assert f"/admin/scans/inspect/{contact_scan.pk}/" in mailoutbox[0].body


# The dashboard.


def test_the_dashboard_panel_counts_new_awaiting_and_mine_and_averages_themes(advisor_client, scan_page, advisor):
    old = timezone.now() - timedelta(days=30)
    make_response(scan_page, theme_scores=theme_scores(20, 40, None))
    make_response(scan_page, wants_contact=True, theme_scores=theme_scores(40, 60, 80))
    make_response(scan_page, wants_contact=True, review_status="contacted", submitted_at=old, assigned_to=advisor)
    make_response(scan_page, assigned_to=advisor, review_status="closed", submitted_at=old)
    make_response(scan_page, submitted_at=timezone.now() - timedelta(days=120), theme_scores=theme_scores(0, 0, 0))
    make_response(scan_page, status=ScanResponse.Status.DRAFT, submitted_at=None, wants_contact=True)
    response = advisor_client.get("/admin/")
    panel = next(panel for panel in response.context["panels"] if getattr(panel, "name", "") == "scans")
    context = panel.get_context_data({})
    assert context["counts"] == {"this_week": 2, "awaiting_contact": 1, "mine": 1}
    averages = {row["code"]: row["average"] for row in context["averages"]}
    # (20 + 40 + 0 + 0) / 4 for land; the two 30-day-old scans score 0 / 60 / 50.
    assert averages == {"land": 15, "habitats": 55, "governance": 60}
    assert [row["name"] for row in context["averages"]] == ["Land cover", "Habitats", "Governance"]
    html = response.content.decode()
    assert "new scans this week" in html and "/admin/scans/?wants_contact=true" in html


# Queries.


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def make_many(page, count, advisors):
    scans = []
    for index in range(count):
        scan = make_response(
            page, company_name=f"Company {index}", assigned_to=advisors[index % len(advisors)], wants_contact=True
        )
        ScanNote.objects.create(response=scan, author=advisors[0], text=f"Note {index}")
        scans.append(scan)
    return scans


def test_the_list_and_inspect_view_do_not_grow_in_queries_with_the_number_of_scans(
    advisor_client, scan_page, advisor, other_advisor
):
    first = make_many(scan_page, 10, [advisor, other_advisor])
    list_url = f"{LIST_URL}?wants_contact=true&province=antwerp&q=company"
    # Warm the caches (content types, site root paths) so that both sizes are measured alike.
    advisor_client.get(list_url)
    advisor_client.get(inspect_url(first[0]))
    small_list = count_queries(advisor_client, list_url)
    small_inspect = count_queries(advisor_client, inspect_url(first[0]))
    more = make_many(scan_page, 20, [advisor, other_advisor])
    for scan in more[:5]:
        post_action(advisor_client, scan, "assign", {"advisor": "me"})
        post_action(advisor_client, first[0], "note", {"text": f"more on {scan.pk}"})
    large_list = count_queries(advisor_client, list_url)
    large_inspect = count_queries(advisor_client, inspect_url(first[0]))
    assert large_list == small_list, (small_list, large_list)
    assert large_inspect == small_inspect, (small_inspect, large_inspect)
    assert large_list <= 25 and large_inspect <= 30, (large_list, large_inspect)
