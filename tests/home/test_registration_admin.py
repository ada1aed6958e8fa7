"""The editors' view of event registrations: who may see and change them, the list, its filters and exports, the
inspect view, each event's workshop allocation, e-mailing everyone their workshops, moving a person by hand and
cancelling (which gives the place to the first person waiting)."""

import csv
import datetime
import io
import itertools

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.admin.menu import admin_menu
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from home.models import AllocationRun, EventIndexPage, EventPage, Registration, Workshop, WorkshopChoice
from tests.broken_mail import BROKEN_MAIL
from tests.conftest import translate

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/registrations/"
WORKSHOPS = [("Spatial vision", 12), ("Governance", 10), ("Resources", 10), ("Wildlife connectivity", 8)]
TYPES = ["municipality", "company", "ngo", "knowledge"]


def at(days, hour=9):
    moment = timezone.localtime() + datetime.timedelta(days=days)
    return moment.replace(hour=hour, minute=30, second=0, microsecond=0)


def add_event(index, title, start, *, workshops=WORKSHOPS, **fields):
    event = EventPage(
        title=title,
        slug=title.lower().replace(" ", "-"),
        start=start,
        end=start + datetime.timedelta(hours=7),
        **fields,
    )
    for position, (name, capacity) in enumerate(workshops):
        event.workshops.add(Workshop(title=name, description=f"About {name}.", capacity=capacity, sort_order=position))
    index.add_child(instance=event)
    event.save_revision().publish()
    event.refresh_from_db()
    return event


def register(event, name, ranking=(0, 1, 2, 3), *, status="confirmed", organisation_type="ngo", **fields):
    """A registration for ``event`` ranking its workshops (indexes into the event's workshops, best first)."""
    fields.setdefault("email", f"{name.lower().replace(' ', '.')}@example.be")
    fields.setdefault("organisation", f"{name} & partners")
    fields.setdefault("language", "en")
    registration = Registration.objects.create(
        event=event,
        event_key=event.translation_key,
        status=status,
        name=name,
        organisation_type=organisation_type,
        **fields,
    )
    workshops = list(event.workshops.all())
    WorkshopChoice.objects.bulk_create(
        WorkshopChoice(registration=registration, workshop_key=workshops[index].translation_key, rank=rank)
        for rank, index in enumerate(ranking, start=1)
    )
    return registration


def keys(event):
    return {workshop.title: str(workshop.translation_key) for workshop in event.workshops.all()}


def allocated(registration):
    titles = {workshop.translation_key: workshop.title for workshop in Workshop.objects.all()}
    return [titles[choice.workshop_key] for choice in registration.choices.filter(assigned=True).order_by("rank")]


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
def events_index(site_tree):
    index = EventIndexPage(title="Events", slug="events")
    site_tree.home.add_child(instance=index)
    return index


@pytest.fixture
def get_together(events_index):
    """Registration closed yesterday; two workshops each, 40 seats in the four workshops."""
    return add_event(
        events_index,
        "Nature connectivity get-together",
        at(30),
        registration_required=True,
        registration_opens_at=at(-20),
        registration_closes_at=at(-1),
        capacity=25,
        workshops_per_person=2,
        venue_name="Hendrik Conscience building",
        venue_address="Koning Albert II-laan 15\n1210 Brussels",
    )


@pytest.fixture
def an(get_together):
    return register(get_together, "An Peeters", (1, 0, 2, 3), organisation_type="municipality")


@pytest.fixture
def crowd(get_together):
    """Twenty confirmed registrants of four types with varied rankings, two waiting and one cancelled."""
    rankings = list(itertools.permutations(range(4)))
    start = timezone.now() - datetime.timedelta(days=10)
    people = [
        register(
            get_together,
            f"Person {index:02}",
            rankings[(index * 7) % len(rankings)] if index % 3 else (1, 3, 0, 2),
            organisation_type=TYPES[index % len(TYPES)],
            created_at=start + datetime.timedelta(hours=index),
        )
        for index in range(20)
    ]
    waiting = [
        register(
            get_together,
            f"Waiting {index}",
            status="waiting",
            created_at=start + datetime.timedelta(days=5, hours=index),
        )
        for index in range(2)
    ]
    cancelled = register(get_together, "Gone Away", status="cancelled", cancelled_at=timezone.now())
    return people, waiting, cancelled


@pytest.fixture
def editor(django_user_model):
    return make_user(django_user_model, "editor", "Editors")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def inspect_url(registration):
    return f"{LIST_URL}inspect/{registration.pk}/"


def allocation_url(event):
    return f"{LIST_URL}allocation/{event.translation_key}/"


def listed(client, query=""):
    response = client.get(f"{LIST_URL}?{query}")
    assert response.status_code == 200
    return [row.name for row in response.context["object_list"]]


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


# Who may see and change.

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
        assert "Registrations for events are handled by the site" in response.content.decode()


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("view", ["", "results/", "?export=csv", "?export=xlsx", "inspect", "allocation"])
def test_reading_registrations(client, login, an, role, view):
    login(role)
    if view == "inspect":
        url = inspect_url(an)
    elif view == "allocation":
        url = allocation_url(an.event)
    else:
        url = LIST_URL + view
    response = client.get(url)
    if role in ALLOWED:
        assert response.status_code == 200
        if "export" in view:
            assert response["Content-Disposition"].startswith("attachment")
    else:
        assert_refused(response, role)


def action_urls(registration):
    event = registration.event
    return {
        "allocate": (reverse("registrations:allocate", args=[event.translation_key]), {}),
        "email": (reverse("registrations:email_workshops", args=[event.translation_key]), {}),
        "move": (reverse("registrations:move", args=[registration.pk]), {"workshops": list(keys(event).values())[:2]}),
        "cancel": (reverse("registrations:cancel", args=[registration.pk]), {}),
    }


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", ["allocate", "email", "move", "cancel"])
def test_changing_registrations(client, login, an, role, action, mailoutbox):
    login(role)
    url, data = action_urls(an)[action]
    response = client.post(url, data)
    an.refresh_from_db()
    if role in ALLOWED:
        assert response.status_code in (302, 400)
    else:
        assert_refused(response, role)
        assert an.status == "confirmed" and not an.choices.filter(assigned=True).exists()
        assert not AllocationRun.objects.exists() and not mailoutbox


def test_the_urls_are_named_in_the_registrations_namespace(an):
    assert reverse("registrations:index") == LIST_URL
    assert reverse("registrations:inspect", args=[an.pk]) == inspect_url(an)
    assert reverse("registrations:allocation", args=[an.event_key]) == allocation_url(an.event)


@pytest.mark.parametrize(("role", "shown"), [("editor", True), ("moderator", True), ("advisor", False)])
def test_the_registrations_menu_item(rf, login, role, shown):
    request = rf.get("/admin/")
    request.user = login(role)
    assert ("registrations" in {item.name for item in admin_menu.menu_items_for_request(request)}) is shown


def test_the_groups_have_exactly_the_registration_permissions(editor):
    for name in ("Editors", "Moderators"):
        codenames = set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))
        assert {"view_registration", "change_registration", "view_allocationrun"} <= codenames
        assert not {"add_registration", "delete_registration", "change_allocationrun"} & codenames
    advisors = set(Group.objects.get(name="Advisors").permissions.values_list("codename", flat=True))
    assert not {codename for codename in advisors if codename.endswith(("_registration", "_allocationrun"))}


def test_a_viewer_without_change_permission_sees_no_buttons_and_changes_nothing(client, django_user_model, an):
    viewers = Group.objects.create(name="Viewers")
    viewers.permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_registration")
    )
    client.force_login(make_user(django_user_model, "viewer", "Viewers"))
    html = client.get(inspect_url(an)).content.decode()
    assert "An Peeters" in html and "Cancel this registration" not in html and 'name="workshops"' not in html
    html = client.get(allocation_url(an.event)).content.decode()
    assert "Governance" in html and "Run the allocation" not in html
    for url, data in action_urls(an).values():
        assert client.post(url, data).status_code == 403
    an.refresh_from_db()
    assert an.status == "confirmed" and not AllocationRun.objects.exists()


def test_actions_accept_post_only(editor_client, an):
    for url, _data in action_urls(an).values():
        assert editor_client.get(url).status_code == 405, url


def test_a_post_without_the_csrf_token_is_refused(editor, an):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    for url, data in action_urls(an).values():
        assert client.post(url, data).status_code == 403
    an.refresh_from_db()
    assert an.status == "confirmed" and not AllocationRun.objects.exists()


def test_no_add_edit_or_delete_views_exist(editor_client, an):
    for url in ("new/", f"edit/{an.pk}/", f"delete/{an.pk}/", f"copy/{an.pk}/"):
        assert editor_client.get(LIST_URL + url, follow=True).status_code == 404, url


def test_an_unknown_event_has_no_allocation_page(editor_client, an):
    for key in ("00000000-0000-0000-0000-000000000000", "not-a-key"):
        assert editor_client.get(f"{LIST_URL}allocation/{key}/", follow=True).status_code == 404


# The list.


def test_the_list_shows_the_columns_editors_need(editor_client, an, get_together):
    register(get_together, "Jan Janssens", status="waiting", organisation="Boerenbond", organisation_type="farmer")
    editor_client.post(reverse("registrations:allocate", args=[get_together.translation_key]))
    response = editor_client.get(LIST_URL)
    html = response.content.decode()
    for text in (
        "An Peeters",
        "An Peeters &amp; partners",
        "City or municipality",
        "Nature connectivity get-together",
        "Confirmed",
        "On the waiting list",
        "Governance; Spatial vision",
        "Boerenbond",
        "Farmer",
    ):
        assert text in html, text
    assert inspect_url(an) in html
    assert response.context["paginator"].per_page == 50
    assert listed(editor_client) == ["Jan Janssens", "An Peeters"]  # newest first


def test_the_event_is_named_in_the_editors_language_where_translated(
    editor_client, editor, site_tree, locales, events_index, get_together, an
):
    nl = locales["nl"]
    translate(site_tree.home, nl, title="Belgische Biodiversiteitsalliantie")
    translate(events_index, nl, title="Evenementen")
    dutch = translate(get_together, nl, title="Netwerkdag natuurverbinding")
    for workshop in dutch.workshops.all():
        workshop.title = f"{workshop.title} (nl)"
        workshop.save()
    editor_client.post(reverse("registrations:allocate", args=[get_together.translation_key]))
    html = editor_client.get(LIST_URL).content.decode()
    assert "Nature connectivity get-together" in html and "Netwerkdag" not in html
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "nl"
    profile.save()
    html = editor_client.get(LIST_URL).content.decode()
    assert "Netwerkdag natuurverbinding" in html and "Nature connectivity get-together" not in html
    assert "Governance (nl); Spatial vision (nl)" in html


@pytest.fixture
def two_events(events_index, get_together):
    later = add_event(events_index, "Autumn forum", at(90), registration_required=True, workshops=WORKSHOPS[:2])
    add_event(events_index, "Empty seminar", at(60), registration_required=True)
    register(get_together, "Marie Dubois", organisation="Ville de Namur", organisation_type="municipality")
    register(get_together, "Jan Janssens", status="waiting", organisation="Boerenbond", organisation_type="farmer")
    register(later, "Kim Maes", (1, 0), organisation="Natuurpunt", organisation_type="ngo", email="kim@natuurpunt.be")
    register(later, "Old Friend", (0, 1), status="cancelled", organisation="Genk", organisation_type="municipality")
    return later


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=confirmed", {"Marie Dubois", "Kim Maes"}),
        ("status=waiting", {"Jan Janssens"}),
        ("status=cancelled", {"Old Friend"}),
        ("organisation_type=municipality", {"Marie Dubois", "Old Friend"}),
        ("organisation_type=farmer", {"Jan Janssens"}),
        ("q=marie", {"Marie Dubois"}),
        ("q=kim@natuurpunt", {"Kim Maes"}),
        ("q=boerenbond", {"Jan Janssens"}),
        ("", {"Marie Dubois", "Jan Janssens", "Kim Maes", "Old Friend"}),
    ],
)
def test_each_filter_and_the_search_narrow_the_list(editor_client, two_events, query, expected):
    assert set(listed(editor_client, query)) == expected


def test_the_event_filter_offers_the_events_with_registrations_latest_first(editor_client, two_events, get_together):
    response = editor_client.get(LIST_URL)
    choices = dict(response.context["filters"].form.fields["event"].choices)
    labels = list(choices.values())[1:]
    assert len(labels) == 2
    assert labels[0].startswith("Autumn forum (") and labels[1].startswith("Nature connectivity get-together (")
    key = str(get_together.translation_key)
    assert set(listed(editor_client, f"event={key}")) == {"Marie Dubois", "Jan Janssens"}
    assert set(listed(editor_client, f"event={key}&status=waiting")) == {"Jan Janssens"}


def test_the_list_filtered_on_an_event_links_to_its_allocation(editor_client, two_events, get_together):
    assert "Workshop allocation for this event" not in editor_client.get(LIST_URL).content.decode()
    html = editor_client.get(f"{LIST_URL}?event={get_together.translation_key}").content.decode()
    assert f'href="{allocation_url(get_together)}"' in html
    results = editor_client.get(f"{LIST_URL}results/?event={two_events.translation_key}").content.decode()
    assert f'href="{allocation_url(two_events)}"' in results


def test_the_list_pages_by_fifty(editor_client, get_together):
    start = timezone.now() - datetime.timedelta(days=20)
    for index in range(51):
        register(get_together, f"Person {index:02}", created_at=start + datetime.timedelta(hours=index))
    first = listed(editor_client)
    assert len(first) == 50 and first[0] == "Person 50"
    assert listed(editor_client, "p=2") == ["Person 00"]


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_list_does_not_grow_in_queries_with_the_number_of_registrations(editor_client, events_index, get_together):
    other = add_event(events_index, "Autumn forum", at(90), registration_required=True)
    for index in range(3):
        register(get_together if index % 2 else other, f"Early {index}")
    for event in (get_together, other):
        editor_client.post(reverse("registrations:allocate", args=[event.translation_key]))
    urls = [LIST_URL, f"{LIST_URL}?export=xlsx", f"{LIST_URL}?export=csv"]
    editor_client.get(LIST_URL)  # warm the caches
    small = [count_queries(editor_client, url) for url in urls]
    for index in range(17):
        register(
            get_together if index % 2 else other, f"Late {index}", status="waiting" if index % 5 == 0 else "confirmed"
        )
    for event in (get_together, other):
        editor_client.post(reverse("registrations:allocate", args=[event.translation_key]))
    large = [count_queries(editor_client, url) for url in urls]
    assert large == small
    assert max(large) <= 20, large


# Export.


@pytest.fixture
def export_rows(get_together, editor_client):
    person = register(
        get_together,
        '=HYPERLINK("http://evil.example","click")',
        (3, 1, 0, 2),
        organisation="@SUM(1+1)",
        remarks="-Vegetarian",
        email="evil@example.be",
        organisation_type="company",
    )
    register(get_together, "Filtered Out", status="waiting")
    editor_client.post(reverse("registrations:allocate", args=[get_together.translation_key]))
    return person


RANKING = "1. Wildlife connectivity; 2. Governance; 3. Spatial vision; 4. Resources"


def test_the_csv_export_holds_the_ranking_and_the_allocation_and_no_formula(editor_client, export_rows):
    response = editor_client.get(f"{LIST_URL}?status=confirmed&export=csv")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="registrations-')
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == 1
    row = rows[0]
    assert row["Name"] == '\'=HYPERLINK("http://evil.example","click")'
    assert row["Organisation"] == "'@SUM(1+1)" and row["Remarks"] == "'-Vegetarian"
    assert row["Ranking"] == RANKING
    assert row["Allocated workshops"] == "Wildlife connectivity; Governance"
    assert row["Event"] == "Nature connectivity get-together"
    assert row["Status"] == "Confirmed" and row["Type of organisation"] == "Company or utility"
    assert row["Language"] == "English" and row["ID"] == str(export_rows.pk)
    assert row["E-mail"] == export_rows.email and row["Workshops e-mailed"] == ""
    assert not any(value.startswith(("=", "+", "-", "@")) for value in row.values())


def test_the_xlsx_export_holds_the_ranking_and_the_allocation_and_no_formula(editor_client, export_rows):
    response = editor_client.get(f"{LIST_URL}?q=hyperlink&export=xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    headings, *rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert len(rows) == 1
    row = dict(zip(headings, rows[0], strict=True))
    assert row["Name"] == '\'=HYPERLINK("http://evil.example","click")'
    assert row["Ranking"] == RANKING and row["Allocated workshops"] == "Wildlife connectivity; Governance"
    assert isinstance(row["Registered"], datetime.datetime)
    assert all(cell.data_type != "f" for line in sheet.iter_rows() for cell in line)


# The inspect view.


def test_the_inspect_view_shows_the_person_ranking_and_workshops(editor_client, an, get_together):
    editor_client.post(reverse("registrations:allocate", args=[get_together.translation_key]))
    html = editor_client.get(inspect_url(an)).content.decode()
    for text in (
        "An Peeters",
        an.email,
        "An Peeters &amp; partners",
        "City or municipality",
        "Confirmed",
        "English",
        "Nature connectivity get-together",
        f'href="{allocation_url(get_together)}"',
        "<td>1</td><td>Governance</td>",
        "<td>4</td><td>Wildlife connectivity</td>",
        "Governance; Spatial vision",
        "choose 2 workshops",
        "Cancel this registration",
    ):
        assert text in html, text
    assert html.count('name="workshops"') == 4 and html.count("checked") == 2


# The allocation.


def run(client, event, **kwargs):
    return client.post(reverse("registrations:allocate", args=[event.translation_key]), **kwargs)


def test_the_allocation_respects_the_places_and_gives_everyone_their_workshops(
    editor_client, editor, get_together, crowd
):
    people, waiting, cancelled = crowd
    WorkshopChoice.objects.filter(registration=waiting[0], rank=1).update(assigned=True)  # a stale flag
    response = run(editor_client, get_together, follow=True)
    assert response.redirect_chain[-1][0] == allocation_url(get_together)
    messages = messages_of(response)
    allocation = AllocationRun.objects.get()
    share = round(allocation.quality["first_choice_share"] * 100)
    assert f"The workshops are allocated to 20 registrants; {share}% got their first choice." in messages
    capacities = {str(workshop.translation_key): workshop.capacity for workshop in get_together.workshops.all()}
    for key, capacity in capacities.items():
        taken = WorkshopChoice.objects.filter(workshop_key=key, assigned=True).count()
        assert taken <= capacity
    for person in people:
        assert person.choices.filter(assigned=True).count() == 2, person.name
    for person in [*waiting, cancelled]:
        assert not person.choices.filter(assigned=True).exists(), person.name
    assert allocation.event_key == get_together.translation_key and allocation.run_by == editor
    assert allocation.registrants == 20
    quality = allocation.quality
    assert quality["registrants"] == 20 and quality["unplaced_seats"] == 0 and quality["placed_fully"] == 20
    assert set(quality["per_workshop"]) == set(capacities)
    assert sum(row["assigned"] for row in quality["per_workshop"].values()) == 40
    assert ModelLogEntry.objects.get(action="registration.allocate").user == editor
    html = response.content.decode()
    for text in (
        f"{share} %",
        f"{round(quality['top_choices_share'] * 100)} %",
        f"{quality['average_rank']:.2f}",
        f"{quality['balance']:.1f} percentage points",
        "20 / 20",
        "Editor Tester",
        "Spatial vision",
        "City or municipality",
        "Knowledge institution",
    ):
        assert text in html, text
    assert response.context["workshops"][0]["capacity"] == 12
    assert sum(row["assigned"] for row in response.context["workshops"]) == 40
    assert [cell["count"] for cell in response.context["everyone"]] == [5, 5, 5, 5]


def test_running_again_replaces_the_allocation(editor_client, get_together, crowd):
    people, waiting, cancelled = crowd
    run(editor_client, get_together)
    first = {person.pk: allocated(person) for person in people}
    run(editor_client, get_together)
    assert AllocationRun.objects.count() == 2
    assert {person.pk: allocated(person) for person in people} == first  # the allocation is deterministic
    assert WorkshopChoice.objects.filter(assigned=True).count() == 40


def test_the_allocation_page_warns_while_registration_is_open(editor_client, events_index, get_together, an):
    html = editor_client.get(allocation_url(get_together)).content.decode()
    assert 'data-allocation-warning="open"' not in html and "No allocation has been run yet." in html
    open_event = add_event(
        events_index,
        "Open day",
        at(20),
        registration_required=True,
        registration_opens_at=at(-2),
        registration_closes_at=at(10),
    )
    register(open_event, "Early Bird")
    html = editor_client.get(allocation_url(open_event)).content.decode()
    assert 'data-allocation-warning="open"' in html and "Registration is still open" in html


def test_an_event_without_workshops_cannot_be_allocated(editor_client, events_index):
    bare = add_event(events_index, "Lecture", at(20), registration_required=True, workshops=[])
    register(bare, "Listener", ())
    response = run(editor_client, bare)
    assert response.status_code == 400
    assert "This event has no workshops to allocate." in response.content.decode()
    assert not AllocationRun.objects.exists()


def test_a_workshop_added_after_registration_can_be_allocated(editor_client, get_together, an):
    new = Workshop.objects.create(
        page=get_together, locale=get_together.locale, title="Late addition", capacity=5, sort_order=9
    )
    get_together.refresh_from_db()
    Workshop.objects.filter(page=get_together).exclude(pk=new.pk).update(capacity=1)
    register(get_together, "Second Person", (0, 1, 2, 3))
    register(get_together, "Third Person", (0, 1, 2, 3))
    assert run(editor_client, get_together).status_code == 302
    an.refresh_from_db()
    assert all(registration.choices.filter(assigned=True).count() == 2 for registration in Registration.objects.all())
    late = WorkshopChoice.objects.filter(workshop_key=new.translation_key)
    assert late.count() >= 2 and all(choice.rank == 5 for choice in late)


# E-mailing everyone their workshops.


def email(client, event, **data):
    return client.post(reverse("registrations:email_workshops", args=[event.translation_key]), data, follow=True)


def test_e_mailing_is_refused_before_an_allocation(editor_client, get_together, crowd, mailoutbox):
    response = editor_client.post(reverse("registrations:email_workshops", args=[get_together.translation_key]))
    assert response.status_code == 400
    assert "Run the allocation first" in response.content.decode()
    assert not mailoutbox


def test_everyone_confirmed_is_e_mailed_their_workshops(editor_client, get_together, crowd, mailoutbox):
    people, waiting, cancelled = crowd
    run(editor_client, get_together)
    response = email(editor_client, get_together)
    assert "20 registrants were e-mailed their workshops." in messages_of(response)
    assert sorted(mail.to[0] for mail in mailoutbox) == sorted(person.email for person in people)
    for mail in mailoutbox:
        person = next(person for person in people if person.email == mail.to[0])
        assert "Nature connectivity get-together" in mail.subject
        for title in allocated(person):
            assert f"- {title}" in mail.body
        assert f"/cancel/{person.token}/" in mail.body and "Koning Albert II-laan 15, 1210 Brussels" in mail.body
    assert not Registration.objects.filter(status="confirmed", workshops_emailed_at__isnull=True).exists()
    assert not Registration.objects.exclude(status="confirmed").filter(workshops_emailed_at__isnull=False).exists()
    entry = ModelLogEntry.objects.get(action="registration.email_workshops")
    assert entry.data["sent"] == 20 and entry.data["failed"] == 0


def test_a_french_registrant_gets_the_french_workshop_titles(
    editor_client, site_tree, locales, events_index, get_together, an, mailoutbox
):
    fr = locales["fr"]
    translate(site_tree.home, fr, title="Alliance belge pour la biodiversité")
    translate(events_index, fr, title="Événements")
    french = translate(get_together, fr, title="Rencontre connectivité de la nature")
    titles = {"Governance": "Gouvernance", "Spatial vision": "Vision spatiale"}
    for workshop in french.workshops.all():
        workshop.title = titles.get(workshop.title, workshop.title)
        workshop.save()
    marie = register(french, "Marie Dubois", (1, 0, 2, 3), language="fr", email="marie@exemple.be")
    run(editor_client, get_together)
    email(editor_client, get_together)
    by_recipient = {mail.to[0]: mail for mail in mailoutbox}
    assert set(by_recipient) == {an.email, marie.email}
    french_mail, english_mail = by_recipient[marie.email], by_recipient[an.email]
    assert "Rencontre connectivité de la nature" in french_mail.subject
    assert "- Gouvernance" in french_mail.body and "- Vision spatiale" in french_mail.body
    assert "/fr/" in french_mail.body
    assert "- Governance" in english_mail.body and "Nature connectivity get-together" in english_mail.subject


def test_failed_e_mails_are_counted_and_sent_again_to_those_not_told(editor_client, get_together, crowd, mailoutbox):
    run(editor_client, get_together)
    with override_settings(EMAIL_BACKEND=BROKEN_MAIL):
        response = email(editor_client, get_together)
    assert "20 e-mails could not be sent. Try again later, to those not told yet." in messages_of(response)
    assert not Registration.objects.filter(workshops_emailed_at__isnull=False).exists()
    response = email(editor_client, get_together, only="not_told")
    assert len(mailoutbox) == 20


def test_after_a_move_only_the_person_moved_is_told_again(editor_client, get_together, crowd, mailoutbox):
    people, waiting, cancelled = crowd
    run(editor_client, get_together)
    email(editor_client, get_together)
    mailoutbox.clear()
    person = people[0]
    others = [key for title, key in keys(get_together).items() if title not in allocated(person)]
    response = editor_client.post(reverse("registrations:move", args=[person.pk]), {"workshops": others}, follow=True)
    assert any("e-mail those not told yet" in message for message in messages_of(response))
    html = editor_client.get(allocation_url(get_together)).content.decode()
    assert "E-mail the 1 person not told yet" in html
    email(editor_client, get_together, only="not_told")
    assert [mail.to for mail in mailoutbox] == [[person.email]]


def test_confirmed_people_without_workshops_are_not_e_mailed(editor_client, get_together, crowd, mailoutbox):
    run(editor_client, get_together)
    late = register(get_together, "Late Comer")
    response = email(editor_client, get_together)
    assert len(mailoutbox) == 20 and late.email not in {mail.to[0] for mail in mailoutbox}
    assert any("1 confirmed registrant has no workshop" in message for message in messages_of(response))
    assert 'data-allocation-warning="short"' in response.content.decode()


# Moving a person by hand.


def move(client, registration, titles, **kwargs):
    chosen = [keys(registration.event)[title] for title in titles]
    return client.post(reverse("registrations:move", args=[registration.pk]), {"workshops": chosen}, **kwargs)


def test_moving_a_person_saves_and_logs_it(editor_client, editor, get_together, an):
    run(editor_client, get_together)
    assert allocated(an) == ["Governance", "Spatial vision"]
    response = move(editor_client, an, ["Resources", "Wildlife connectivity"], follow=True)
    assert response.redirect_chain[-1][0] == inspect_url(an)
    assert "The workshops of An Peeters are saved." in messages_of(response)
    assert allocated(an) == ["Resources", "Wildlife connectivity"]
    entry = ModelLogEntry.objects.get(object_id=str(an.pk), action="registration.workshops")
    assert entry.user == editor and entry.data["to"] == ["Resources", "Wildlife connectivity"]
    html = response.content.decode()
    assert "Workshops changed by hand from “Governance; Spatial vision” to “Resources; Wildlife connectivity”" in html
    # The figures of the allocation page count the move.
    page = editor_client.get(allocation_url(get_together))
    assert page.context["figures"]["now"]["first"] == 0 and page.context["figures"]["run"]["first"] == 100


def test_moving_needs_exactly_the_workshops_each_person_follows(editor_client, get_together, an):
    run(editor_client, get_together)
    for titles in (["Resources"], ["Resources", "Governance", "Spatial vision"], []):
        response = move(editor_client, an, titles)
        assert response.status_code == 400, titles
        assert "Choose exactly 2 workshops" in response.content.decode()
    response = editor_client.post(reverse("registrations:move", args=[an.pk]), {"workshops": ["nonsense", "x"]})
    assert response.status_code == 400 and "from the list" in response.content.decode()
    assert allocated(an) == ["Governance", "Spatial vision"]
    assert not ModelLogEntry.objects.filter(action="registration.workshops").exists()


def test_moving_beyond_the_places_warns_but_saves(editor_client, get_together, an):
    Workshop.objects.filter(title="Wildlife connectivity").update(capacity=1)
    other = register(get_together, "Other Person", (3, 2, 1, 0))
    run(editor_client, get_together)
    assert allocated(other) == ["Wildlife connectivity", "Resources"]
    response = move(editor_client, an, ["Governance", "Wildlife connectivity"], follow=True)
    assert "More people than places now: Wildlife connectivity." in messages_of(response)
    assert allocated(an) == ["Governance", "Wildlife connectivity"]
    html = editor_client.get(allocation_url(get_together)).content.decode()
    assert "(more than the places)" in html


def test_only_confirmed_people_can_be_moved(editor_client, get_together, an):
    waiting = register(get_together, "Patient Person", status="waiting")
    response = move(editor_client, waiting, ["Governance", "Resources"])
    assert response.status_code == 400 and "Only confirmed registrations have workshops." in response.content.decode()
    assert not waiting.choices.filter(assigned=True).exists()


# Cancelling.


def test_cancelling_gives_the_place_to_the_first_person_waiting(editor_client, editor, get_together, crowd, mailoutbox):
    people, waiting, cancelled = crowd
    EventPage.objects.filter(pk=get_together.pk).update(capacity=20)
    get_together.refresh_from_db()
    run(editor_client, get_together)
    person = people[3]
    response = editor_client.post(reverse("registrations:cancel", args=[person.pk]), follow=True)
    assert response.redirect_chain[-1][0] == inspect_url(person)
    person.refresh_from_db()
    first, second = (Registration.objects.get(pk=registration.pk) for registration in waiting)
    assert person.status == "cancelled" and person.cancelled_at and not person.choices.filter(assigned=True).exists()
    assert first.status == "confirmed" and second.status == "waiting"
    assert [mail.to for mail in mailoutbox] == [[first.email]]
    messages = messages_of(response)
    assert "The registration of Person 03 is cancelled; they are not told by e-mail." in messages
    assert any("Waiting 0, first on the waiting list, takes the place" in message for message in messages)
    assert ModelLogEntry.objects.get(object_id=str(person.pk), action="registration.cancel").user == editor
    assert ModelLogEntry.objects.filter(object_id=str(first.pk), action="registration.promote").exists()
    assert "Cancel this registration" not in response.content.decode()
    # A second click changes nothing.
    response = editor_client.post(reverse("registrations:cancel", args=[person.pk]), follow=True)
    assert "This registration was already cancelled." in messages_of(response)
    assert Registration.objects.get(pk=second.pk).status == "waiting" and len(mailoutbox) == 1


def test_cancelling_a_waiting_person_promotes_nobody(editor_client, get_together, crowd, mailoutbox):
    people, waiting, cancelled = crowd
    EventPage.objects.filter(pk=get_together.pk).update(capacity=20)
    editor_client.post(reverse("registrations:cancel", args=[waiting[0].pk]))
    assert Registration.objects.get(pk=waiting[0].pk).status == "cancelled"
    assert Registration.objects.get(pk=waiting[1].pk).status == "waiting"
    assert not mailoutbox


def test_a_registration_of_a_deleted_event_can_still_be_seen_and_cancelled(editor_client, get_together, an):
    get_together.delete()
    an.refresh_from_db()
    assert an.event is None
    html = editor_client.get(inspect_url(an)).content.decode()
    assert "(event deleted)" in html and "Workshop allocation" not in html and "(workshop deleted)" in html
    assert "(event deleted)" in editor_client.get(LIST_URL).content.decode()
    response = editor_client.post(reverse("registrations:cancel", args=[an.pk]), follow=True)
    an.refresh_from_db()
    assert an.status == "cancelled" and an.cancelled_at
    assert "The registration of An Peeters is cancelled; they are not told by e-mail." in messages_of(response)
