"""The secret links cannot be enumerated or guessed: a scan's results link and its resume link (both carry the scan
response's token, as does the join form's ``?scan=`` prefill), and the link that cancels a registration.

Both tokens are ``secrets.token_urlsafe(32)``: 256 bits from the operating system's generator, in 43 URL-safe
characters (scan.models.new_token, home.models.registrations.new_token). Through the real views, a token that is
cut short, lengthened, re-cased or changed by one character, a record's id and UUID-like guesses find nothing (404).

The site does not rate-limit wrong guesses (only the join and registration forms' posts are limited); the test of
repeated guesses accepts a 429 should a limit be added.
"""

import base64
import datetime
import math
import random
import secrets
import string
import uuid
from collections import Counter
from types import SimpleNamespace

import pytest
from django.core import signing
from django.test import Client
from django.utils import timezone

from home.antispam import SIGNING_SALT
from home.models import EventIndexPage, EventPage, Registration, Workshop
from home.models import registrations as registration_models
from scan import models as scan_models
from scan.models import ScanResponse

# The small questionnaire of tests/scan/conftest.py on a ScanPage, and the helpers that walk its wizard.
from tests.scan.conftest import (
    Wizard,
    results_token,
    scan_page,  # noqa: F401
)

pytestmark = pytest.mark.django_db

ALPHABET = set(string.ascii_letters + string.digits + "-_")
GENERATORS = {"scan response": scan_models.new_token, "registration": registration_models.new_token}


# The tokens themselves ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", GENERATORS)
def test_tokens_are_256_random_bits_in_url_safe_characters(kind):
    tokens = [GENERATORS[kind]() for _ in range(5000)]
    assert len(set(tokens)) == len(tokens)
    for token in tokens[:100]:
        assert len(token) == 43 and set(token) <= ALPHABET
        assert len(base64.urlsafe_b64decode(token + "=")) == 32  # 256 bits
    # Each place of a token takes every value it can about as often: no fixed or predictable part. The entropy
    # measured place by place adds up to the 256 bits (six bits a character; the last one holds the four left).
    measured = [entropy(Counter(token[place] for token in tokens)) for place in range(43)]
    assert min(measured[:42]) > 5.9 and measured[42] > 3.9
    assert sum(measured) > 250


def entropy(counts):
    total = sum(counts.values())
    return -sum(count / total * math.log2(count / total) for count in counts.values())


@pytest.mark.parametrize("kind", GENERATORS)
def test_tokens_come_from_the_operating_systems_generator_not_a_seedable_one(kind):
    random.seed(2030)
    first = GENERATORS[kind]()
    random.seed(2030)
    assert GENERATORS[kind]() != first


def test_the_models_give_each_record_a_new_token_by_default():
    assert ScanResponse._meta.get_field("token").default is scan_models.new_token
    assert Registration._meta.get_field("token").default is registration_models.new_token
    assert ScanResponse._meta.get_field("token").unique and Registration._meta.get_field("token").unique


# Guesses ------------------------------------------------------------------------------------------------------


def near_misses(token):
    """Tokens a guesser derives from a real one: every character changed, every letter re-cased, cut, lengthened."""
    guesses = set()
    alphabet = sorted(ALPHABET)
    for index, character in enumerate(token):
        other = alphabet[(alphabet.index(character) + 1) % len(alphabet)]
        guesses.add(token[:index] + other + token[index + 1 :])
        if character.swapcase() != character:
            guesses.add(token[:index] + character.swapcase() + token[index + 1 :])
    guesses |= {
        token[:-1],
        token[1:],
        token[: len(token) // 2],
        token[:22],
        token + "A",
        token + token,
        "A" + token,
        token.swapcase(),
        token.upper(),
        token.lower(),
        token[::-1],
        token.replace("-", "_"),
        token.replace("_", "-"),
    }
    guesses.discard(token)
    return sorted(guesses)


def other_guesses(*records):
    """Ids, counters and UUID-like values: what someone who cannot read a token tries instead."""
    guesses = {"0", "1", "2", "10", "100", "99999", "-1", "null", "None", "undefined", "token", "a" * 43, "A" * 64}
    for record in records:
        guesses |= {str(record.pk), str(record.pk + 1), str(record.pk - 1), f"{record.pk:043d}"}
        for key in ("scan_key", "event_key"):
            if hasattr(record, key):
                value = getattr(record, key)
                guesses |= {str(value), value.hex}
    for _ in range(5):
        value = uuid.uuid4()
        guesses |= {str(value), value.hex, base64.urlsafe_b64encode(value.bytes).decode().rstrip("=")}
    guesses |= {secrets.token_urlsafe(32) for _ in range(5)}
    return sorted(guesses - {record.token for record in records})


def all_guesses(real, *records):
    return near_misses(real) + other_guesses(*records)


def test_the_near_misses_cover_every_character_of_a_token():
    token = scan_models.new_token()
    guesses = near_misses(token)
    assert token not in guesses
    changed = [
        [index for index, (a, b) in enumerate(zip(guess, token, strict=True)) if a != b]
        for guess in guesses
        if len(guess) == len(token)
    ]
    assert {places[0] for places in changed if len(places) == 1} == set(range(len(token)))


# Scan results and resume links --------------------------------------------------------------------------------


@pytest.fixture
def scans(scan_page):  # noqa: F811
    """Two submitted scans, of two companies, and one draft (its resume link is the draft's token)."""

    def submitted(client, **profile):
        wizard = Wizard(client, scan_page)
        wizard.through_profile(**profile)
        wizard.post("site", {"sealed_share": "80"})
        wizard.post("nature", {"meadow": "none", "shelters": []})
        wizard.post("policy", {"plan": "no"})
        return ScanResponse.objects.get(token=results_token(wizard.post("check", {})))

    first = submitted(Client(), company_name="Groene Logistiek NV")
    second = submitted(Client(), company_name="Brouwerij De Hop")
    drafter = Wizard(Client(), scan_page)
    drafter.through_profile(company_name="Bakkerij Zonnebloem")
    draft = ScanResponse.objects.get(token=drafter.token())
    return SimpleNamespace(page=scan_page, first=first, second=second, draft=draft)


def test_the_scan_gives_each_response_a_token_of_the_same_shape(scans):
    for response in (scans.first, scans.second, scans.draft):
        assert len(response.token) == 43 and set(response.token) <= ALPHABET
    assert len({scans.first.token, scans.second.token, scans.draft.token}) == 3


def test_guessed_results_links_find_nothing(client, scans):
    base = f"{scans.page.url}results/"
    assert client.get(f"{base}{scans.first.token}/").status_code == 200
    for guess in all_guesses(scans.first.token, scans.first, scans.second, scans.draft):
        response = client.get(f"{base}{guess}/")
        assert response.status_code == 404, guess
        assert b"Groene Logistiek" not in response.content and b"Brouwerij" not in response.content


def test_a_drafts_token_shows_no_results(client, scans):
    assert client.get(f"{scans.page.url}results/{scans.draft.token}/").status_code == 404


@pytest.mark.parametrize("action", ["pdf", "email", "contact", "delete"])
def test_guessed_links_to_the_results_actions_find_nothing_and_change_nothing(client, scans, action):
    base = f"{scans.page.url}results/"
    for guess in near_misses(scans.first.token)[:20] + other_guesses(scans.first, scans.second)[:20]:
        response = client.post(f"{base}{guess}/{action}/", {"email": "guess@example.be", "consent": "on"})
        assert response.status_code == 404, guess
    assert ScanResponse.objects.filter(pk__in=[scans.first.pk, scans.second.pk], wants_contact=False).count() == 2


def test_guessed_resume_links_find_nothing(scans):
    base = f"{scans.page.url}resume/"
    for guess in all_guesses(scans.draft.token, scans.draft, scans.first, scans.second):
        guesser = Client()
        response = guesser.get(f"{base}{guess}/")
        assert response.status_code == 404, guess
        assert "scan_drafts" not in guesser.session
    # The real link still works: it hands the draft to the browser that opens it.
    holder = Client()
    response = holder.get(f"{base}{scans.draft.token}/")
    assert response.status_code == 302 and response["Location"] == scans.page.url
    assert holder.session["scan_drafts"] == {str(scans.page.translation_key): scans.draft.token}


def test_guessed_scan_tokens_prefill_no_join_form(client, scans, site_tree):
    join = f"{site_tree.objectives[5].url}join/"
    assert "Groene Logistiek NV" in client.get(join, {"scan": scans.first.token}).content.decode()
    for guess in all_guesses(scans.first.token, scans.first, scans.second):
        html = client.get(join, {"scan": guess}).content.decode()
        assert "Groene Logistiek" not in html and "Brouwerij" not in html and "an@example.be" not in html, guess


# Cancellation links -------------------------------------------------------------------------------------------


@pytest.fixture
def registered(site_tree):
    """Two people registered through the form of an event with registration open."""
    now = timezone.localtime()
    index = EventIndexPage(title="Events", slug="events")
    site_tree.home.add_child(instance=index)
    event = EventPage(
        title="Nature connectivity get-together",
        start=now + datetime.timedelta(days=40),
        end=now + datetime.timedelta(days=40, hours=6),
        registration_required=True,
        registration_opens_at=now - datetime.timedelta(days=10),
        registration_closes_at=now + datetime.timedelta(days=33),
        capacity=10,
    )
    event.workshops.add(Workshop(title="Spatial vision", capacity=10, sort_order=0))
    index.add_child(instance=event)
    event.save_revision().publish()
    event.refresh_from_db()
    workshop = event.workshops.get()
    people = []
    for name, email in (("Lotte Vermeulen", "lotte@example.be"), ("An Peeters", "an@example.be")):
        response = Client().post(
            f"{event.url}register/",
            {
                "name": name,
                "email": email,
                "organisation": "Gemeente Zemst",
                "organisation_type": "municipality",
                "consent": "on",
                "website_url": "",
                "rendered_at": signing.dumps(timezone.now().timestamp() - 60, salt=SIGNING_SALT),
                f"rank_{workshop.pk}": "1",
            },
        )
        assert response.status_code == 302, response.status_code
        people.append(Registration.objects.get(email=email))
    return SimpleNamespace(event=event, first=people[0], second=people[1])


def test_registrations_get_a_token_of_the_same_shape(registered):
    for registration in (registered.first, registered.second):
        assert len(registration.token) == 43 and set(registration.token) <= ALPHABET
    assert registered.first.token != registered.second.token


@pytest.mark.parametrize("method", ["get", "post"])
def test_guessed_cancellation_links_find_nothing_and_cancel_nothing(client, registered, method):
    base = f"{registered.event.url}cancel/"
    for guess in all_guesses(registered.first.token, registered.first, registered.second):
        response = getattr(client, method)(f"{base}{guess}/")
        assert response.status_code == 404, guess
        assert b"Lotte" not in response.content and b"An Peeters" not in response.content
    assert Registration.objects.filter(status=Registration.Status.CONFIRMED).count() == 2
    assert client.get(f"{base}{registered.first.token}/").status_code == 200


def test_a_token_works_only_where_it_was_given(client, registered, scans):
    """A registration's token opens no results, and a scan's token cancels no registration."""
    assert client.get(f"{scans.page.url}results/{registered.first.token}/").status_code == 404
    assert client.get(f"{scans.page.url}resume/{registered.first.token}/").status_code == 404
    assert client.post(f"{registered.event.url}cancel/{scans.first.token}/").status_code == 404
    assert client.post(f"{registered.event.url}cancel/{scans.draft.token}/").status_code == 404
    assert Registration.objects.filter(status=Registration.Status.CONFIRMED).count() == 2


# Many guesses from one client ---------------------------------------------------------------------------------


def test_many_wrong_guesses_from_one_client_are_all_refused(client, scans, registered):
    """No guess, however many are tried, reaches a record. (The site answers each with 404: it does not limit the
    guesses themselves; with 256-bit tokens, 10^9 guesses a second would need about 10^60 years to find one.)"""
    urls = [
        f"{scans.page.url}results/",
        f"{scans.page.url}resume/",
        f"{registered.event.url}cancel/",
    ]
    statuses = Counter()
    for url in urls:
        for _ in range(100):
            statuses[client.get(f"{url}{secrets.token_urlsafe(32)}/").status_code] += 1
    assert set(statuses) <= {404, 429}, statuses
    # The holders of real links are not locked out by someone else's guessing.
    assert Client().get(f"{scans.page.url}results/{scans.first.token}/").status_code == 200
    assert Client().get(f"{registered.event.url}cancel/{registered.first.token}/").status_code == 200
