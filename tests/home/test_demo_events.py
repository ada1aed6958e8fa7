"""The demo's events: the get-together to register for, the newsletter's events, forty rankings, made once."""

import datetime
from collections import Counter

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from django.utils import timezone

from home.demo.content import events as content
from home.models import EventIndexPage, EventPage, Organisation, Registration, Workshop, WorkshopChoice

pytestmark = pytest.mark.django_db

GET_TOGETHER = content.GET_TOGETHER["slug"]
WEBINAR = "first-bba-webinar"


def counts():
    return {
        "event pages": EventPage.objects.count(),
        "index pages": EventIndexPage.objects.count(),
        "workshops": Workshop.objects.count(),
        "organisations": Organisation.objects.count(),
        "registrations": Registration.objects.count(),
        "choices": WorkshopChoice.objects.count(),
    }


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Load the demo twice for the whole module, in a transaction rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("load_demo", force=True, verbosity=0)
        first = counts()
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("load_demo", force=True, verbosity=0)
        second = counts()
        yield first, second
        transaction.set_rollback(True)


def event(slug, language="en"):
    return EventPage.objects.get(slug=slug, locale__language_code=language)


def test_loading_twice_makes_each_event_and_registration_once(demo):
    first, second = demo
    assert first == second
    events = 1 + len(content.NEWSLETTER_EVENTS)
    assert first["event pages"] == 4 * events
    assert first["index pages"] == 4
    assert first["registrations"] == len(content.REGISTRATIONS) == 40
    assert first["choices"] == 4 * 40
    emails = Registration.objects.values_list("email", flat=True)
    assert len(set(emails)) == len(emails)


def test_the_index_lists_the_get_together_as_upcoming_and_the_webinar_as_past(demo, client):
    response = client.get("/en/events/")
    assert response.status_code == 200
    upcoming = [page.slug for page in response.context["upcoming"]]
    past = [page.slug for page in response.context["past"]]
    assert GET_TOGETHER in upcoming
    assert {"boomweekend", "het-goede-moment", "le-chant-des-forets-in-belgian-cinemas"} <= set(upcoming)
    assert past == [WEBINAR]
    webinar = client.get("/en/events/first-bba-webinar/")
    assert webinar.status_code == 200
    assert content.WEBINAR_RECORDING in webinar.content.decode()
    assert event(WEBINAR).recording_url == content.WEBINAR_RECORDING


def test_the_get_together_can_be_registered_for_now(demo):
    page = event(GET_TOGETHER)
    start, end = timezone.localtime(page.start), timezone.localtime(page.end)
    today = timezone.localdate()
    assert start.weekday() == 3  # a Thursday
    assert today + datetime.timedelta(weeks=6) <= start.date() < today + datetime.timedelta(weeks=7)
    assert (start.time(), end.time(), start.date()) == (datetime.time(9), datetime.time(16), end.date())
    assert str(start.tzinfo) == "Europe/Brussels"
    assert page.registration_state() == "open"
    assert page.registration_closes_at == page.start - datetime.timedelta(days=7)
    assert page.registration_required and not page.external_registration_url
    assert (page.capacity, page.workshops_per_person, page.event_language) == (60, 2, "en")
    assert page.places_left() == 20
    assert page.venue_name == "Hendrik Conscience building"
    assert "1210 Brussels" in page.venue_address
    assert "Brussels-North" in page.directions
    assert [link.organisation.name for link in page.organisers.all()] == [
        "Life B4B",
        "Departement Omgeving",
        "Vogelbescherming Vlaanderen",
    ]


def test_the_get_together_has_its_programme_and_four_workshops(demo):
    page = event(GET_TOGETHER)
    programme = [(item.value["time"].strftime("%H:%M"), item.value["title"]) for item in page.programme]
    assert programme[0] == ("09:00", "Welcome with coffee and tea")
    assert ("09:30", "Word of welcome") in programme
    assert ("12:00", "Lunch") in programme
    assert ("13:00", "Workshops, first round") in programme
    assert programme[-1][0] == "16:00"
    speakers = [item.value["speaker"] for item in page.programme]
    assert any(speaker.startswith("Toon Denys") for speaker in speakers)
    workshops = list(page.workshops.all())
    assert [workshop.title for workshop in workshops] == [
        "Towards an integrated spatial vision",
        "Governance",
        "Mobilisation of additional resources",
        "Wildlife connectivity & capacity building",
    ]
    assert all(workshop.description and workshop.capacity == 30 for workshop in workshops)
    assert sum(workshop.capacity for workshop in workshops) == page.capacity * page.workshops_per_person


def test_registrations_rank_all_four_workshops_one_most_wanted(demo):
    page = event(GET_TOGETHER)
    keys = {workshop.translation_key for workshop in page.workshops.all()}
    registrations = Registration.objects.filter(event_key=page.translation_key).select_related("event__locale")
    assert registrations.count() == 40
    assert {registration.status for registration in registrations} == {Registration.Status.CONFIRMED}
    opened = page.registration_opens_at
    for registration in registrations:
        choices = list(registration.choices.all())
        assert sorted(choice.rank for choice in choices) == [1, 2, 3, 4], registration
        assert {choice.workshop_key for choice in choices} == keys, registration
        assert not any(choice.assigned for choice in choices)
        assert registration.event.locale.language_code == registration.language
        assert registration.email.endswith(("@example.be", "@example.org"))
        assert opened <= registration.created_at <= timezone.now()
    languages = Counter(registrations.values_list("language", flat=True))
    assert languages["nl"] + languages["fr"] >= 30
    assert len(set(registrations.values_list("organisation_type", flat=True))) >= 5
    assert registrations.exclude(remarks="").count() >= 3
    spread = registrations.order_by("-created_at")[0].created_at - registrations.order_by("created_at")[0].created_at
    assert spread > datetime.timedelta(days=14)
    first_choices = Counter(
        WorkshopChoice.objects.filter(registration__in=registrations, rank=1).values_list("workshop_key", flat=True)
    )
    (favourite, most), (_, next_most) = first_choices.most_common(2)
    assert most > 2 * next_most
    wanted_in_top_two = WorkshopChoice.objects.filter(
        registration__in=registrations, rank__lte=2, workshop_key=favourite
    ).count()
    assert wanted_in_top_two > Workshop.objects.get(translation_key=favourite, locale__language_code="en").capacity


def test_the_events_are_translated(demo, client):
    for language, title, workshop in [
        (
            "nl",
            "Werkgroep 'Natuurverbinding in België': eerste bijeenkomst",
            "Naar een geïntegreerde ruimtelijke visie",
        ),
        ("fr", "Groupe de travail « Connectivité de la nature en Belgique » : première rencontre", "Gouvernance"),
    ]:
        page = event(GET_TOGETHER, language)
        assert page.live and page.title == title
        assert workshop in [item.title for item in page.workshops.all()]
        assert page.start == event(GET_TOGETHER).start
        assert client.get(f"/{language}/events/{GET_TOGETHER}/").status_code == 200
    assert EventIndexPage.objects.get(locale__language_code="nl").title == "Evenementen"
    assert EventIndexPage.objects.get(locale__language_code="fr").title == "Événements"
    assert EventIndexPage.objects.get(locale__language_code="de").title == "Veranstaltungen"
    assert event(WEBINAR, "nl").recording_url == content.WEBINAR_RECORDING


def test_other_organisers_events_are_upcoming_with_their_registration_links(demo):
    now = timezone.now()
    for spec in content.NEWSLETTER_EVENTS:
        page = event(spec["slug"])
        assert (page.end < now) == bool(spec.get("past")), spec["slug"]
        assert not page.registration_required
        if not spec.get("past"):
            assert page.start < now + datetime.timedelta(days=366), spec["slug"]
            assert timezone.localtime(page.start).weekday() == spec["start"].weekday()
    assert event("boomweekend").external_registration_url == "https://www.bosteller.be/boomweekend"
    assert event("het-goede-moment").external_registration_url.startswith("https://www.hetgoedemoment.org/")
    assert [link.organisation.name for link in event("het-goede-moment").organisers.all()] == ["Be Planet"]
