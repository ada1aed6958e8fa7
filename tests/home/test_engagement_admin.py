"""The editors' review of engagements: who may see and decide, the list, its filters and exports, the inspect view,
approving (with a draft showcase project) and rejecting, each e-mailed to the organisation."""

import csv
import io
import uuid
from datetime import timedelta
from decimal import Decimal

import factory
import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from factory.django import DjangoModelFactory
from openpyxl import load_workbook
from wagtail.admin.menu import admin_menu
from wagtail.models import ModelLogEntry, Page
from wagtail.users.models import UserProfile

from home.engagement_actions import commitment_html
from home.factories import ShowcaseIndexPageFactory
from home.models import Engagement, EngagementContribution, Organisation, ProjectPage, ShowcaseIndexPage
from scan.models import ScanResponse
from tests.conftest import translate

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/engagements/"
ACTIONS = ("approve", "approve-with-project", "reject")


class EngagementFactory(DjangoModelFactory):
    """An engagement to ``objective`` (required), pending, in English."""

    class Meta:
        model = Engagement

    objective_key = factory.SelfAttribute("objective.translation_key")
    language = "en"
    organisation_name = factory.Sequence(lambda n: f"Organisation {n}")
    organisation_type = "ngo"
    website = "https://www.example.be"
    contact_name = "An Peeters"
    contact_email = factory.Sequence(lambda n: f"contact{n}@example.be")
    commitment = "We plant 3 km of hedges along our fields.\n\nVolunteers maintain them <every> winter."
    start_year = 2026
    end_year = 2030
    municipality = "Genk"
    list_publicly = True


def contribute(engagement, target, amount, unit=None):
    return EngagementContribution.objects.create(
        engagement=engagement, target_key=target.translation_key, amount=Decimal(amount), unit=unit or target.unit
    )


def make_user(django_user_model, username, *groups, superuser=False):
    user = django_user_model.objects.create_user(
        username=username,
        password="pw",  # noqa: S106
        email=f"{username}@alliance.example",
        first_name=username.title(),
        last_name="Tester",
        is_superuser=superuser,
        is_staff=superuser,
    )
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


@pytest.fixture
def connectivity(site_tree):
    return site_tree.objectives[5]


@pytest.fixture
def engagement(connectivity):
    engaged = EngagementFactory(objective=connectivity, organisation_name="Natuurpunt Limburg", municipality="Hasselt")
    contribute(engaged, connectivity.targets.first(), "3.5")
    return engaged


@pytest.fixture
def editor(django_user_model):
    return make_user(django_user_model, "editor", "Editors")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def inspect_url(engagement):
    return f"/admin/engagements/inspect/{engagement.pk}/"


def action_url(engagement, action):
    return f"{inspect_url(engagement)}{action}/"


def listed(client, query=""):
    response = client.get(f"{LIST_URL}?{query}")
    assert response.status_code == 200
    return [row.organisation_name for row in response.context["object_list"]]


# Who may see and decide.

ROLES = ("anonymous", "editor", "moderator", "advisor", "superuser")
ALLOWED = {"editor", "moderator", "superuser"}
GROUPS = {"editor": ("Editors",), "moderator": ("Moderators",), "advisor": ("Advisors",), "superuser": ()}


@pytest.fixture
def login(client, django_user_model):
    def login_as(role):
        if role == "anonymous":
            return None
        user = make_user(django_user_model, role, *GROUPS[role], superuser=role == "superuser")
        client.force_login(user)
        return user

    return login_as


def assert_refused(response, role):
    if role == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
    else:
        assert response.status_code == 403, response.status_code
        assert "Engagements are reviewed by the site" in response.content.decode()


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("view", ["", "results/", "?export=csv", "?export=xlsx", "inspect"])
def test_reading_engagements(client, login, engagement, role, view):
    login(role)
    response = client.get(inspect_url(engagement) if view == "inspect" else LIST_URL + view)
    if role in ALLOWED:
        assert response.status_code == 200
        if "export" in view:
            assert response["Content-Disposition"].startswith("attachment")
    else:
        assert_refused(response, role)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", ACTIONS)
def test_deciding_on_engagements(client, login, engagement, role, action, mailoutbox):
    user = login(role)
    response = client.post(action_url(engagement, action), {"reason": "Outside the objective."})
    engagement.refresh_from_db()
    if role in ALLOWED:
        assert response.status_code == 302
        assert engagement.status == ("rejected" if action == "reject" else "approved")
        assert engagement.decided_by == user
    else:
        assert_refused(response, role)
        assert engagement.status == "pending" and engagement.decided_by is None
        assert not mailoutbox and not ProjectPage.objects.filter(title="Natuurpunt Limburg").exists()


@pytest.mark.parametrize(("role", "shown"), [("editor", True), ("moderator", True), ("advisor", False)])
def test_the_engagements_menu_item(rf, login, role, shown):
    request = rf.get("/admin/")
    request.user = login(role)
    assert ("engagements" in {item.name for item in admin_menu.menu_items_for_request(request)}) is shown


def test_the_groups_have_exactly_the_review_permissions(editor, django_user_model):
    for name in ("Editors", "Moderators"):
        codenames = set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))
        assert {"view_engagement", "change_engagement"} <= codenames
        assert not {"add_engagement", "delete_engagement"} & codenames
    advisors = set(Group.objects.get(name="Advisors").permissions.values_list("codename", flat=True))
    assert not {codename for codename in advisors if codename.endswith("_engagement")}


def test_a_viewer_without_change_permission_sees_no_buttons_and_cannot_decide(client, django_user_model, engagement):
    from django.contrib.auth.models import Permission

    viewers = Group.objects.create(name="Viewers")
    viewers.permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_engagement")
    )
    client.force_login(make_user(django_user_model, "viewer", "Viewers"))
    html = client.get(inspect_url(engagement)).content.decode()
    assert "Natuurpunt Limburg" in html and "Approve" not in html and 'name="reason"' not in html
    for action in ACTIONS:
        assert client.post(action_url(engagement, action), {"reason": "No."}).status_code == 403
    engagement.refresh_from_db()
    assert engagement.status == "pending"


def test_actions_accept_post_only(editor_client, engagement):
    for action in ACTIONS:
        assert editor_client.get(action_url(engagement, action)).status_code == 405


def test_a_post_without_the_csrf_token_is_refused(editor, engagement):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.post(action_url(engagement, "approve")).status_code == 403
    engagement.refresh_from_db()
    assert engagement.status == "pending"


def test_no_add_edit_or_delete_views_exist(editor_client, engagement):
    for url in ("new/", f"edit/{engagement.pk}/", f"delete/{engagement.pk}/", f"copy/{engagement.pk}/"):
        assert editor_client.get(LIST_URL + url, follow=True).status_code == 404, url


# The list.


def test_the_list_shows_the_columns_editors_need(editor_client, engagement):
    EngagementFactory(objective=engagement.objective, organisation_name="Old Farm", status="approved")
    response = editor_client.get(LIST_URL)
    html = response.content.decode()
    columns = ("Natuurpunt Limburg", "Objective 5 · Ecological connectivity", "NGO", "Hasselt", "Pending", "Approved")
    for text in columns:
        assert text in html, text
    assert inspect_url(engagement) in html
    assert "2 pending" not in html and "1 pending" in html
    assert response.context["paginator"].per_page == 50


def test_the_objective_is_named_in_the_editors_language_where_translated(editor_client, editor, dutch_tree):
    EngagementFactory(objective=dutch_tree.connectivity, language="nl")
    assert "Objective 5 · Ecological connectivity" in editor_client.get(LIST_URL).content.decode()
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "nl"
    profile.save()
    html = editor_client.get(LIST_URL).content.decode()
    assert "Ecologische connectiviteit" in html and "Ecological connectivity" not in html


@pytest.fixture
def several(site_tree, connectivity):
    pollinators = site_tree.objectives[3]
    EngagementFactory(objective=connectivity, organisation_name="City of Genk", organisation_type="municipality")
    EngagementFactory(objective=pollinators, organisation_name="Bee Hotel BV", organisation_type="company")
    EngagementFactory(
        objective=pollinators, organisation_name="Rejected NGO", status="rejected", contact_name="Marie Dubois"
    )
    EngagementFactory(
        objective=connectivity, organisation_name="Approved Farm", status="approved", contact_email="jan@farm.be"
    )
    return pollinators


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=pending", {"City of Genk", "Bee Hotel BV"}),
        ("status=approved", {"Approved Farm"}),
        ("organisation_type=municipality", {"City of Genk"}),
        ("organisation_type=company", {"Bee Hotel BV"}),
        ("q=genk", {"City of Genk"}),
        ("q=marie", {"Rejected NGO"}),
        ("q=jan@farm", {"Approved Farm"}),
        ("", {"City of Genk", "Bee Hotel BV", "Rejected NGO", "Approved Farm"}),
    ],
)
def test_each_filter_and_the_search_narrow_the_list(editor_client, several, query, expected):
    assert set(listed(editor_client, query)) == expected


def test_the_objective_filter_offers_the_objectives_by_number_and_narrows_the_list(editor_client, several):
    response = editor_client.get(LIST_URL)
    choices = dict(response.context["filters"].form.fields["objective"].choices)
    key = str(several.translation_key)
    assert choices[key] == "Objective 3 · Bed & breakfasts for wild pollinators"
    assert list(choices.values())[1:] == [
        "Objective 3 · Bed & breakfasts for wild pollinators",
        "Objective 5 · Ecological connectivity",
        "Objective 9 · Surplus food",
    ]
    assert set(listed(editor_client, f"objective={key}")) == {"Bee Hotel BV", "Rejected NGO"}
    assert set(listed(editor_client, f"objective={key}&status=pending")) == {"Bee Hotel BV"}


def test_the_list_shows_the_newest_first_and_pages_by_fifty(editor_client, connectivity):
    start = timezone.now() - timedelta(days=60)
    for index in range(51):
        EngagementFactory(
            objective=connectivity, organisation_name=f"Org {index:02}", created_at=start + timedelta(hours=index)
        )
    first = listed(editor_client)
    assert len(first) == 50 and first[0] == "Org 50"
    assert listed(editor_client, "p=2") == ["Org 00"]


def test_the_list_sorts_by_objective_and_by_organisation(editor_client, several):
    by_objective = listed(editor_client, "ordering=objective__number")
    assert set(by_objective[:2]) == {"Bee Hotel BV", "Rejected NGO"}  # objective 3 before objective 5
    assert listed(editor_client, "ordering=organisation_name") == [
        "Approved Farm",
        "Bee Hotel BV",
        "City of Genk",
        "Rejected NGO",
    ]


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_list_does_not_grow_in_queries_with_the_number_of_engagements(editor_client, site_tree, dutch_tree):
    objectives = [*site_tree.objectives.values(), dutch_tree.connectivity]
    for index in range(3):
        EngagementFactory(objective=objectives[index % len(objectives)])
    export_url = f"{LIST_URL}?export=xlsx"
    editor_client.get(LIST_URL)  # warm the caches
    small, small_export = count_queries(editor_client, LIST_URL), count_queries(editor_client, export_url)
    for index in range(17):
        engaged = EngagementFactory(objective=objectives[index % len(objectives)], status="approved")
        contribute(engaged, objectives[0].targets.first(), "1")
    large, large_export = count_queries(editor_client, LIST_URL), count_queries(editor_client, export_url)
    assert (large, large_export) == (small, small_export)
    assert large <= 20 and large_export <= 20, (large, large_export)


# Export.


@pytest.fixture
def export_rows(connectivity, editor):
    targets = list(connectivity.targets.all())
    engaged = EngagementFactory(
        objective=connectivity,
        organisation_name='=HYPERLINK("http://evil.example","click")',
        contact_name="@SUM(1+1)",
        municipality="-Gent",
        status="approved",
        decided_by=editor,
        decided_at=timezone.now(),
    )
    contribute(engaged, targets[0], "12.50")
    contribute(engaged, targets[1], "3")
    EngagementFactory(objective=connectivity, organisation_name="Filtered Out", status="pending")
    return engaged


def test_the_csv_export_holds_the_filtered_rows_and_no_formula(editor_client, export_rows):
    response = editor_client.get(f"{LIST_URL}?status=approved&export=csv")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="engagements-')
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == 1
    row = rows[0]
    assert row["Organisation"] == '\'=HYPERLINK("http://evil.example","click")'
    assert row["Contact person"] == "'@SUM(1+1)" and row["Municipality"] == "'-Gent"
    assert row["Contributions"] == "12.5 km; 3 km"
    assert row["Objective"] == "Objective 5 · Ecological connectivity"
    assert row["Status"] == "Approved" and row["Decided by"] == "Editor Tester"
    assert row["ID"] == str(export_rows.pk) and row["Scan response ID"] == "" and row["Showcase project ID"] == ""
    assert not any(value.startswith(("=", "+", "-", "@")) for value in row.values())


def test_the_xlsx_export_holds_the_filtered_rows_and_no_formula(editor_client, export_rows):
    response = editor_client.get(f"{LIST_URL}?q=hyperlink&export=xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    headings, *rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert len(rows) == 1
    row = dict(zip(headings, rows[0], strict=True))
    assert row["Organisation"] == '\'=HYPERLINK("http://evil.example","click")'
    assert row["Contributions"] == "12.5 km; 3 km" and row["Start year"] == 2026
    assert all(cell.data_type != "f" for line in sheet.iter_rows() for cell in line)


# The inspect view.


def test_the_inspect_view_shows_the_engagement_its_contributions_and_targets(editor_client, engagement):
    html = editor_client.get(inspect_url(engagement)).content.decode()
    for text in (
        "Natuurpunt Limburg",
        "An Peeters",
        engagement.contact_email,
        "https://www.example.be",
        "We plant 3 km of hedges along our fields.",
        "&lt;every&gt;",
        "2026–2030",
        "Hasselt",
        "3.5 km",
        "of linear infrastructure (target: 4,000 km by 2030)",
        "Objective 5 · Ecological connectivity",
        "Approve and create a draft project",
        'name="reason"',
        "Every decision is e-mailed to the organisation",
    ):
        assert text in html, text


def test_the_scan_is_linked_for_those_who_may_see_scans(client, login, engagement):
    scan = ScanResponse.objects.create(
        status=ScanResponse.Status.SUBMITTED, scan_key=uuid.uuid4(), language="en", submitted_at=timezone.now()
    )
    engagement.scan_response = scan
    engagement.save()
    scan_url = reverse("scans:inspect", args=[scan.pk])
    login("editor")
    html = client.get(inspect_url(engagement)).content.decode()
    assert f"Scan response {scan.pk}" in html and scan_url not in html
    login("superuser")
    assert f'href="{scan_url}"' in client.get(inspect_url(engagement)).content.decode()


# Deciding.


def test_approving_records_logs_and_tells_the_organisation(editor_client, editor, engagement, mailoutbox):
    response = editor_client.post(action_url(engagement, "approve"))
    assert response.status_code == 302 and response["Location"] == inspect_url(engagement)
    engagement.refresh_from_db()
    assert engagement.status == "approved" and engagement.decided_by == editor and engagement.decided_at
    assert ModelLogEntry.objects.get(object_id=str(engagement.pk), action="engagement.approve").user == editor
    assert len(mailoutbox) == 1 and mailoutbox[0].to == [engagement.contact_email]
    assert "Ecological connectivity" in mailoutbox[0].subject + mailoutbox[0].body
    html = editor_client.get(inspect_url(engagement)).content.decode()
    assert "is approved" in html and "Approved" in html and "Editor Tester" in html
    # A second click changes nothing and sends nothing.
    assert editor_client.post(action_url(engagement, "approve")).status_code == 302
    assert len(mailoutbox) == 1


def test_a_french_engagement_is_answered_in_french_about_the_french_objective(
    editor_client, site_tree, locales, connectivity, mailoutbox
):
    fr = locales["fr"]
    translate(site_tree.home, fr, title="Alliance belge pour la biodiversité")
    translate(site_tree.engagements, fr, title="Engagements")
    translate(site_tree.axes[0], fr, title="Étendre le réseau vert-bleu")
    french = translate(connectivity, fr, title="Connectivité écologique")
    engaged = EngagementFactory(objective=french, language="fr", contact_email="marie@exemple.be")
    assert editor_client.post(action_url(engaged, "approve")).status_code == 302
    assert [mail.to for mail in mailoutbox] == [["marie@exemple.be"]]
    assert "Connectivité écologique" in mailoutbox[0].subject + mailoutbox[0].body


def test_rejecting_without_a_reason_is_refused(editor_client, engagement, mailoutbox):
    response = editor_client.post(action_url(engagement, "reject"), {"reason": "   "})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Give the reason for the rejection" in html and "Natuurpunt Limburg" in html and 'name="reason"' in html
    engagement.refresh_from_db()
    assert engagement.status == "pending" and engagement.rejection_reason == "" and engagement.decided_at is None
    assert not mailoutbox and not ModelLogEntry.objects.filter(object_id=str(engagement.pk)).exists()


def test_rejecting_sends_the_reason_and_an_editor_may_change_their_mind(editor_client, engagement, mailoutbox):
    reason = "Hedges along fields belong to objective 7."
    assert editor_client.post(action_url(engagement, "reject"), {"reason": reason}).status_code == 302
    engagement.refresh_from_db()
    assert engagement.status == "rejected" and engagement.rejection_reason == reason
    assert len(mailoutbox) == 1 and mailoutbox[0].to == [engagement.contact_email]
    assert reason in mailoutbox[0].body
    html = editor_client.get(inspect_url(engagement)).content.decode()
    assert f"Rejected: {reason}" in html
    # Approved after all: the reason goes, and the organisation is told again.
    assert editor_client.post(action_url(engagement, "approve")).status_code == 302
    engagement.refresh_from_db()
    assert engagement.status == "approved" and engagement.rejection_reason == ""
    assert len(mailoutbox) == 2
    actions = ModelLogEntry.objects.filter(object_id=str(engagement.pk)).order_by("pk").values_list("action", flat=True)
    assert list(actions) == ["engagement.reject", "engagement.approve"]


# Approving with a draft project.


def test_approving_with_a_project_makes_a_draft_under_the_showcase(editor_client, editor, engagement, mailoutbox):
    response = editor_client.post(action_url(engagement, "approve-with-project"))
    engagement.refresh_from_db()
    project = engagement.project
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[project.pk])
    assert engagement.status == "approved" and len(mailoutbox) == 1
    assert not project.live and project.has_unpublished_changes
    assert project.get_parent().specific == ShowcaseIndexPage.objects.get(locale__language_code="en")
    assert project.title == "Natuurpunt Limburg" and project.slug == "natuurpunt-limburg"
    assert project.municipality == "Hasselt" and project.start_year == 2026
    assert project.website == "https://www.example.be"
    assert project.description == (
        "<p>We plant 3 km of hedges along our fields.</p><p>Volunteers maintain them &lt;every&gt; winter.</p>"
    )
    assert project.contribution_value == Decimal("3.5") and project.contribution_unit == "km"
    assert [link.objective_id for link in project.project_objectives.all()] == [engagement.objective_id]
    assert project.organisation.name == "Natuurpunt Limburg" and not project.organisation.is_partner
    assert project.organisation.organisation_type == "ngo"
    assert project.latest_revision is not None and project.latest_revision.user == editor
    assert ModelLogEntry.objects.filter(object_id=str(engagement.pk), action="engagement.create_project").exists()
    # The edit view opens, and a second click does not make a second project (nor a second e-mail).
    assert editor_client.get(response["Location"]).status_code == 200
    again = editor_client.post(action_url(engagement, "approve-with-project"))
    assert again["Location"] == response["Location"]
    assert ProjectPage.objects.filter(title="Natuurpunt Limburg").count() == 1 and len(mailoutbox) == 1


def test_an_approved_engagement_gets_its_project_later_without_a_second_email(editor_client, engagement, mailoutbox):
    editor_client.post(action_url(engagement, "approve"))
    html = editor_client.get(inspect_url(engagement)).content.decode()
    assert "Create a draft project" in html and "Approve and create" not in html
    response = editor_client.post(action_url(engagement, "approve-with-project"))
    engagement.refresh_from_db()
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[engagement.project_id])
    assert engagement.status == "approved" and len(mailoutbox) == 1
    html = editor_client.get(inspect_url(engagement)).content.decode()
    assert "Create a draft project" not in html and "(draft)" in html
    assert "Draft showcase project “Natuurpunt Limburg” created" in html


def test_the_project_reuses_the_organisation_and_takes_a_free_slug(editor_client, site_tree, connectivity):
    natagora = site_tree.organisations["natagora"]
    engaged = EngagementFactory(objective=connectivity, organisation_name="NATAGORA", commitment="Ponds.")
    ProjectPage.objects.filter(pk=site_tree.projects["ponds"].pk).update(slug="natagora")
    editor_client.post(action_url(engaged, "approve-with-project"))
    engaged.refresh_from_db()
    assert engaged.project.organisation == natagora and engaged.project.slug == "natagora-2"
    assert engaged.project.contribution_value is None and engaged.project.contribution_unit == ""
    assert Organisation.objects.filter(name__iexact="natagora").count() == 1


def test_the_project_goes_to_the_showcase_in_the_organisations_language(editor_client, site_tree, dutch_tree):
    dutch_showcase = ShowcaseIndexPageFactory(parent=dutch_tree.home, title="Projecten", slug="projecten")
    engaged = EngagementFactory(objective=site_tree.objectives[5], language="nl", organisation_name="Natuurpunt")
    editor_client.post(action_url(engaged, "approve-with-project"))
    engaged.refresh_from_db()
    project = engaged.project
    assert project.get_parent().pk == dutch_showcase.pk and project.locale.language_code == "nl"
    assert project.project_objectives.get().objective_id == dutch_tree.connectivity.pk
    assert project.organisation.locale.language_code == "nl"


def test_without_a_showcase_in_that_language_the_default_one_takes_the_project(editor_client, site_tree, dutch_tree):
    engaged = EngagementFactory(objective=dutch_tree.connectivity, language="nl")
    editor_client.post(action_url(engaged, "approve-with-project"))
    engaged.refresh_from_db()
    assert engaged.project.get_parent().pk == site_tree.showcase.pk
    assert engaged.project.project_objectives.get().objective_id == site_tree.objectives[5].pk


def test_without_any_showcase_the_engagement_is_approved_with_a_warning(editor_client, engagement, site_tree):
    Page.objects.filter(pk=site_tree.showcase.pk).delete()
    response = editor_client.post(action_url(engagement, "approve-with-project"), follow=True)
    engagement.refresh_from_db()
    assert engagement.status == "approved" and engagement.project is None
    assert "no showcase page" in response.content.decode()


def test_commitment_html_escapes_and_keeps_paragraphs_and_lines():
    text = "First <b>line</b>\r\nsecond line\r\n\r\n\r\n& more"
    assert commitment_html(text) == "<p>First &lt;b&gt;line&lt;/b&gt;<br/>second line</p><p>&amp; more</p>"
