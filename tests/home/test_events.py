"""Events: the index (upcoming, past, by organiser), the event page, .ics files and the feed, registration with
its ranking of workshops, the waiting list, e-mails and cancellation."""

import datetime
import time

import pytest
from django.core import mail, signing
from django.test import override_settings
from django.utils import timezone

from home.antispam import SIGNING_SALT
from home.models import EventIndexPage, EventOrganiser, EventPage, Registration, Workshop
from tests.broken_mail import BROKEN_MAIL
from tests.conftest import translate

pytestmark = pytest.mark.django_db


def at(days, hour=9):
    moment = timezone.localtime() + datetime.timedelta(days=days)
    return moment.replace(hour=hour, minute=30, second=0, microsecond=0)


@pytest.fixture
def events_index(site_tree):
    index = EventIndexPage(title="Events", slug="events")
    site_tree.home.add_child(instance=index)
    return index


def add_event(index, title, start, end=None, *, organisers=(), workshops=(), **fields):
    event = EventPage(title=title, start=start, end=end or start + datetime.timedelta(hours=6), **fields)
    for organisation in organisers:
        event.organisers.add(EventOrganiser(organisation=organisation))
    for position, (name, capacity) in enumerate(workshops):
        event.workshops.add(Workshop(title=name, description=f"About {name}.", capacity=capacity, sort_order=position))
    index.add_child(instance=event)
    event.save_revision().publish()
    event.refresh_from_db()
    return event


WORKSHOPS = [("Spatial vision", 15), ("Governance", 15), ("Resources", 15), ("Wildlife connectivity", 15)]


@pytest.fixture
def get_together(events_index, site_tree):
    return add_event(
        events_index,
        "Nature connectivity get-together",
        at(40),
        at(40, hour=16),
        organisers=[site_tree.organisations["natagora"]],
        workshops=WORKSHOPS,
        venue_name="Hendrik Conscience building",
        venue_address="Koning Albert II-laan 15\n1210 Brussels",
        registration_required=True,
        registration_opens_at=at(-10),
        registration_closes_at=at(33),
        capacity=3,
        workshops_per_person=2,
        introduction="<p>The first big get-together, with coffee.</p>",
        programme=[
            ("item", {"time": datetime.time(9, 30), "title": "Welcome speech", "speaker": "Toon Denys"}),
            ("item", {"time": datetime.time(13, 0), "end_time": datetime.time(14, 15), "title": "Workshops"}),
        ],
    )


def registration_data(event, **changes):
    workshops = list(event.workshops.all())
    data = {
        "name": "An Peeters",
        "email": "an@example.be",
        "organisation": "Stad Mechelen",
        "organisation_type": "municipality",
        "remarks": "Vegetarian lunch, please.",
        "consent": "on",
        "website_url": "",
        "rendered_at": signing.dumps(time.time() - 60, salt=SIGNING_SALT),
        **{f"rank_{workshop.pk}": str(rank) for rank, workshop in enumerate(workshops, start=1)},
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def register_url(event):
    return f"{event.url}register/"


# The index, the page, the calendar files.


def test_the_index_lists_upcoming_events_soonest_first_and_past_ones_apart(client, events_index, site_tree):
    later = add_event(events_index, "Later", at(60))
    sooner = add_event(events_index, "Sooner", at(5))
    webinar = add_event(events_index, "Webinar", at(-30), recording_url="https://video.example/webinar")
    html = client.get(events_index.url).content.decode()
    upcoming, past = html.split('id="past-heading"')
    assert upcoming.index(sooner.title) < upcoming.index(later.title)
    assert webinar.title not in upcoming and webinar.title in past
    assert "https://video.example/webinar" in past
    assert f'href="{events_index.url}feed/"' in html


def test_the_index_filters_by_organiser(client, events_index, site_tree):
    natagora, genk = site_tree.organisations["natagora"], site_tree.organisations["genk"]
    add_event(events_index, "Pond day", at(5), organisers=[natagora])
    add_event(events_index, "Tree planting", at(6), organisers=[genk])
    html = client.get(events_index.url, {"organiser": natagora.pk}).content.decode()
    assert "Pond day" in html and "Tree planting" not in html
    unknown = client.get(events_index.url, {"organiser": "999999"})
    assert unknown.status_code == 200
    assert "A filter with an unknown value was ignored." in unknown.content.decode()
    assert "Tree planting" in unknown.content.decode()
    assert client.get(events_index.url, {"page": "9"}).status_code == 404


def test_the_event_page_shows_when_where_programme_workshops_and_registration(client, get_together):
    html = client.get(get_together.url).content.decode()
    assert "Hendrik Conscience building" in html and "Natagora" in html
    assert "Welcome speech" in html and "Toon Denys" in html and "13:00" in html
    for name, _ in WORKSHOPS:
        assert name in html
    assert "3 places left." in html
    assert f'href="{register_url(get_together)}"' in html
    assert f'href="{get_together.url}ics/"' in html


def unfold(text):
    return text.replace("\r\n ", "")


def test_each_event_offers_an_ics_file(client, get_together):
    response = client.get(f"{get_together.url}ics/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    text = response.content.decode()
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    unfolded = unfold(text)
    assert "SUMMARY:Nature connectivity get-together" in unfolded
    start = get_together.start.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    assert f"DTSTART:{start}" in unfolded
    assert f"UID:event-{get_together.translation_key}@" in unfolded
    assert "LOCATION:Hendrik Conscience building\\, Koning Albert II-laan 15 1210 Brussels" in unfolded


def test_the_feed_lists_upcoming_events_only(client, events_index, get_together):
    add_event(events_index, "Webinar", at(-30))
    response = client.get(f"{events_index.url}feed/")
    assert response.status_code == 200
    text = unfold(response.content.decode())
    assert text.count("BEGIN:VEVENT") == 1
    assert "SUMMARY:Nature connectivity get-together" in text
    assert "X-WR-CALNAME:Events" in text


def test_the_home_page_shows_upcoming_events(client, site_tree, get_together, events_index):
    add_event(events_index, "Webinar", at(-30))
    html = client.get(site_tree.home.url).content.decode()
    assert "Upcoming events" in html and get_together.title in html and "Webinar" not in html


# Registration.


def test_a_registration_is_confirmed_with_its_ranking_and_an_ics(client, get_together):
    workshops = list(get_together.workshops.all())
    data = registration_data(
        get_together, **{f"rank_{workshops[0].pk}": "3", f"rank_{workshops[2].pk}": "1"}, email="An@Example.be"
    )
    response = client.post(register_url(get_together), data)
    assert response.status_code == 302
    assert response["Location"] == f"{register_url(get_together)}confirmed/"
    registration = Registration.objects.get()
    assert registration.status == Registration.Status.CONFIRMED and registration.email == "an@example.be"
    assert registration.event_key == get_together.translation_key and registration.language == "en"
    ranking = list(registration.choices.order_by("rank").values_list("workshop_key", flat=True))
    assert ranking == [w.translation_key for w in (workshops[2], workshops[1], workshops[0], workshops[3])]
    assert len(registration.token) >= 43

    (message,) = mail.outbox
    assert message.to == ["an@example.be"]
    assert message.subject == "You are registered for “Nature connectivity get-together”"
    assert "1. Resources" in message.body and "3. Spatial vision" in message.body
    assert f"/cancel/{registration.token}/" in message.body
    filename, content, mimetype = message.attachments[0]
    assert filename.endswith(".ics") and mimetype == "text/calendar"
    assert "BEGIN:VEVENT" in content
    assert client.get(response["Location"]).status_code == 200


RANK_ERRORS = {
    "incomplete": ("missing", "Rank all 4 workshops"),
    "repeated": ("repeat", "Use each rank once"),
    "out of range": ("9", "Choose a rank from the list."),
}


@pytest.mark.parametrize("case", RANK_ERRORS, ids=list(RANK_ERRORS))
def test_a_bad_ranking_is_refused_and_nothing_is_lost(client, get_together, case):
    how, message = RANK_ERRORS[case]
    workshops = list(get_together.workshops.all())
    change = {"missing": None, "repeat": "1", "9": "9"}[how]
    data = registration_data(get_together, **{f"rank_{workshops[1].pk}": change})
    response = client.post(register_url(get_together), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert 'value="Stad Mechelen"' in html and "Vegetarian lunch, please." in html
    assert Registration.objects.count() == 0 and mail.outbox == []


def test_missing_consent_and_a_bad_address_are_explained(client, get_together):
    response = client.post(register_url(get_together), registration_data(get_together, consent=None, email="an@"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Please agree, or we cannot register you." in html
    assert "Enter a valid e-mail address" in html


def test_the_same_address_cannot_register_twice_for_an_event(client, get_together):
    assert client.post(register_url(get_together), registration_data(get_together)).status_code == 302
    again = client.post(register_url(get_together), registration_data(get_together, email="AN@example.be "))
    assert again.status_code == 400
    assert "This e-mail address is already registered for this event." in again.content.decode()
    assert Registration.objects.count() == 1


def test_registration_not_open_or_closed_is_refused(client, events_index):
    early = add_event(
        events_index, "Early", at(40), registration_required=True, registration_opens_at=at(5), capacity=10
    )
    closed = add_event(
        events_index, "Closed", at(3), registration_required=True, registration_closes_at=at(-1), capacity=10
    )
    assert "Registration opens on" in client.get(register_url(early)).content.decode()
    response = client.post(register_url(closed), registration_data(closed))
    assert response.status_code == 409
    assert "Registration is closed." in response.content.decode()
    assert Registration.objects.count() == 0


def test_an_event_without_registration_here_has_no_form(client, events_index):
    external = add_event(events_index, "Other organisers", at(20), external_registration_url="https://example.org/r")
    assert client.get(register_url(external)).status_code == 404
    assert 'href="https://example.org/r"' in client.get(external.url).content.decode()


def fill(client, event, count):
    for number in range(count):
        data = registration_data(event, email=f"person{number}@example.be", name=f"Person {number}")
        assert client.post(register_url(event), data).status_code == 302


def test_a_full_event_offers_the_waiting_list(client, get_together):
    fill(client, get_together, 3)
    page = client.get(get_together.url).content.decode()
    assert "The event is full." in page and "Join the waiting list" in page
    form = client.get(register_url(get_together)).content.decode()
    assert 'name="waiting_list" value="True"' in form
    # Sent as a registration while the last place went: offered the waiting list, nothing lost.
    late = client.post(register_url(get_together), registration_data(get_together, email="late@example.be"))
    assert late.status_code == 409
    assert "The last places have just gone." in late.content.decode()
    assert 'value="late@example.be"' in late.content.decode()
    mail.outbox.clear()
    data = registration_data(get_together, email="late@example.be", waiting_list="True")
    response = client.post(register_url(get_together), data)
    assert response["Location"].endswith("/register/waiting/")
    waiting = Registration.objects.get(email="late@example.be")
    assert waiting.status == Registration.Status.WAITING
    (message,) = mail.outbox
    assert "waiting list" in message.subject and message.attachments == []


def test_cancelling_frees_the_place_for_the_first_person_waiting(client, get_together):
    fill(client, get_together, 3)
    for email in ("first@example.be", "second@example.be"):
        client.post(register_url(get_together), registration_data(get_together, email=email, waiting_list="True"))
    leaving = Registration.objects.get(email="person1@example.be")
    url = f"{get_together.url}cancel/{leaving.token}/"
    assert "Cancel my registration" in client.get(url).content.decode()
    mail.outbox.clear()
    response = client.post(url)
    assert response.status_code == 200
    assert "Your registration is cancelled" in response.content.decode()
    leaving.refresh_from_db()
    assert leaving.status == Registration.Status.CANCELLED and leaving.cancelled_at
    first = Registration.objects.get(email="first@example.be")
    assert first.status == Registration.Status.CONFIRMED
    assert Registration.objects.get(email="second@example.be").status == Registration.Status.WAITING
    (message,) = mail.outbox
    assert message.to == ["first@example.be"] and "A place came free" in message.subject
    assert message.attachments
    # Cancelling twice changes nothing; the same address may register again afterwards.
    assert client.post(url).status_code == 200
    assert Registration.objects.filter(status=Registration.Status.CONFIRMED).count() == 3


def test_cancellation_links_cannot_be_guessed(client, get_together):
    fill(client, get_together, 1)
    registration = Registration.objects.get()
    altered = registration.token[:-1] + ("B" if registration.token.endswith("A") else "A")
    for token in ("", "x", altered, "A" * 300, str(registration.pk)):
        assert client.get(f"{get_together.url}cancel/{token}/").status_code == 404
    assert Registration.objects.get().status == Registration.Status.CONFIRMED


def test_a_failing_mail_server_keeps_the_registration(client, get_together):
    with override_settings(EMAIL_BACKEND=BROKEN_MAIL):
        response = client.post(register_url(get_together), registration_data(get_together))
    assert response.status_code == 302
    assert Registration.objects.count() == 1


def test_a_filled_honeypot_is_dropped(client, get_together):
    data = registration_data(get_together, website_url="http://spam.example")
    assert client.post(register_url(get_together), data).status_code == 302
    assert Registration.objects.count() == 0


@override_settings(FORM_RATE_LIMIT=1)
def test_registrations_are_rate_limited(client, get_together):
    client.post(register_url(get_together), registration_data(get_together, consent=None))
    response = client.post(register_url(get_together), registration_data(get_together))
    assert response.status_code == 429
    assert Registration.objects.count() == 0


def test_the_registration_form_works_in_dutch(client, site_tree, locales, get_together, events_index):
    nl = locales["nl"]
    translate(site_tree.home, nl, title="Belgische Biodiversiteitsalliantie")
    translate(events_index, nl, title="Evenementen")
    dutch = translate(get_together, nl, title="Netwerkdag natuurverbinding")
    assert dutch.url.startswith("/nl/")
    form = client.get(register_url(dutch)).content.decode()
    assert '<html lang="nl"' in form and "Inschrijven" in form
    assert [w.translation_key for w in dutch.workshops.all()] == [
        w.translation_key for w in get_together.workshops.all()
    ]
    response = client.post(register_url(dutch), registration_data(dutch))
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.language == "nl" and registration.event_key == get_together.translation_key
    assert "Netwerkdag natuurverbinding" in mail.outbox[0].subject
    # Places are shared by every language of the event.
    assert get_together.places_left() == 2


def test_editors_cannot_save_an_event_that_ends_before_it_starts(get_together):
    from django.core.exceptions import ValidationError

    get_together.end = get_together.start - datetime.timedelta(hours=1)
    with pytest.raises(ValidationError) as error:
        get_together.full_clean()
    assert "end" in error.value.message_dict


def test_registration_numbers_do_not_cost_a_query_per_person(client, get_together, django_assert_max_num_queries):
    fill(client, get_together, 3)
    with django_assert_max_num_queries(40):
        assert client.get(get_together.url).status_code == 200
