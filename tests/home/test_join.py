"""Joining an objective: the form under the objective page, its spam protection, its e-mails and the scan link."""

import logging
import random
import re
import time

import pytest
from django.contrib.auth.models import Group
from django.core import mail, signing
from django.test import override_settings

from home import factories
from home.antispam import SIGNING_SALT
from home.models import Engagement, SiteSettings
from scan.matching import DEFAULT_OBJECTIVE_TAGS
from tests.broken_mail import BROKEN_MAIL
from tests.conftest import translate

pytestmark = pytest.mark.django_db


def join_url(objective):
    return f"{objective.url}join/"


def valid_data(objective, **changes):
    targets = list(objective.targets.all())
    data = {
        "organisation_name": "Groene Logistiek nv",
        "organisation_type": "company",
        "website": "https://groene-logistiek.example",
        "contact_name": "An Peeters",
        "contact_email": "an@groene-logistiek.example",
        "commitment": "We plant and manage 3 km of hedges along our distribution centre in Geel.",
        f"contribution_{targets[0].pk}": "",
        f"contribution_{targets[-1].pk}": "3",
        "start_year": "2026",
        "end_year": "2030",
        "municipality": "Geel",
        "list_publicly": "on",
        "consent": "on",
        "website_url": "",
        "rendered_at": signing.dumps(time.time() - 60, salt=SIGNING_SALT),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def objective(site_tree):
    return site_tree.objectives[5]


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@alliance.example", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_the_objective_page_links_to_its_join_form(client, objective):
    html = client.get(objective.url).content.decode()
    assert f'href="{join_url(objective)}"' in html
    assert "No organisation has joined this objective yet." in html


def test_the_join_form_asks_a_contribution_per_target_in_its_unit(client, objective):
    response = client.get(join_url(objective))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    for target in objective.targets.all():
        assert f'name="contribution_{target.pk}"' in html
        assert target.description in html
    assert html.count('class="input-unit"') == 2
    assert 'name="website_url"' in html and 'class="form-honeypot"' in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_a_valid_engagement_is_saved_pending_confirmed_and_announced(client, objective, editor):
    response = client.post(join_url(objective), valid_data(objective))
    assert response.status_code == 302
    assert response["Location"] == f"{join_url(objective)}thanks/"
    engagement = Engagement.objects.get()
    assert engagement.status == Engagement.Status.PENDING
    assert engagement.objective_id == objective.pk and engagement.objective_key == objective.translation_key
    assert engagement.organisation_name == "Groene Logistiek nv"
    assert (engagement.start_year, engagement.end_year, engagement.municipality) == (2026, 2030, "Geel")
    assert engagement.language == "en" and engagement.list_publicly
    landscape = objective.targets.order_by("sort_order").last()
    contribution = engagement.contributions.get()
    assert contribution.target_key == landscape.translation_key
    assert contribution.amount == 3 and contribution.unit == "km"

    confirmation, notice = mail.outbox
    assert confirmation.to == ["an@groene-logistiek.example"]
    assert "Ecological connectivity" in confirmation.subject
    assert "3 km" in confirmation.body and "Geel" in confirmation.body
    assert notice.to == ["editor@alliance.example"]
    assert f"/admin/engagements/inspect/{engagement.pk}/" in notice.body

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "Thank you for your engagement" in thanks.content.decode()


def test_the_editors_address_in_the_site_settings_gets_the_notice(client, objective, editor):
    settings = SiteSettings.for_site(objective.get_site())
    settings.engagements_email = "engagements@alliance.example"
    settings.save()
    client.post(join_url(objective), valid_data(objective))
    assert mail.outbox[1].to == ["engagements@alliance.example"]


def test_numbers_are_read_as_typed_in_the_language(client, objective):
    target = objective.targets.order_by("sort_order").first()
    client.post(join_url(objective), valid_data(objective, **{f"contribution_{target.pk}": "1,250.5"}))
    assert {c.amount for c in Engagement.objects.get().contributions.all()} == {3, 1250.5}


BAD_INPUT = {
    "negative": ({"last": "-4"}, "A contribution cannot be negative."),
    "absurd": ({"last": "250000"}, "more than the alliance"),
    "not a number": ({"last": "lots"}, "Enter a number"),
    "end before start": ({"start_year": "2029", "end_year": "2027"}, "The end year cannot be before the start year."),
    "year out of range": ({"end_year": "3030"}, "Enter an end year up to 2100."),
    "missing consent": ({"consent": None}, "Please agree, or we cannot review your engagement."),
    "missing organisation": ({"organisation_name": ""}, "Enter the name of your organisation."),
    "invalid e-mail": ({"contact_email": "an@"}, "Enter a valid e-mail address"),
    "unknown type": ({"organisation_type": "pirates"}, "Choose the type of your organisation from the list."),
    "unknown unit": ({"contribution_999999": "5"}, "This objective counts contributions only in its own units"),
}


@pytest.mark.parametrize("case", BAD_INPUT, ids=list(BAD_INPUT))
def test_bad_input_is_refused_with_a_message_and_nothing_typed_is_lost(client, objective, case):
    changes, message = BAD_INPUT[case]
    last = objective.targets.order_by("sort_order").last()
    if "last" in changes:
        changes = {f"contribution_{last.pk}": changes.pop("last"), **changes}
    response = client.post(join_url(objective), valid_data(objective, **changes))
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html.replace("&#x27;", "'")
    assert 'class="error-summary"' in html
    assert 'value="Groene Logistiek nv"' in html or "organisation_name" in changes
    assert "We plant and manage 3 km of hedges" in html
    assert Engagement.objects.count() == 0
    assert mail.outbox == []


def test_a_filled_honeypot_is_dropped_quietly(client, objective):
    response = client.post(join_url(objective), valid_data(objective, website_url="http://spam.example"))
    assert response.status_code == 302
    assert Engagement.objects.count() == 0 and mail.outbox == []


@override_settings(FORM_MIN_FILL_SECONDS=5)
def test_a_form_sent_sooner_than_a_person_can_is_refused_and_can_be_sent_again(client, objective):
    page = client.get(join_url(objective)).content.decode()
    shown_at = re.search(r'name="rendered_at" value="([^"]+)"', page).group(1)
    response = client.post(join_url(objective), valid_data(objective, rendered_at=shown_at))
    assert response.status_code == 400
    html = response.content.decode()
    assert "That was quicker than a person fills in this form." in html
    assert 'value="Groene Logistiek nv"' in html
    assert Engagement.objects.count() == 0
    # Without a timestamp at all, the same.
    assert client.post(join_url(objective), valid_data(objective, rendered_at="forged")).status_code == 400
    # A form shown a minute ago goes through.
    assert client.post(join_url(objective), valid_data(objective)).status_code == 302
    assert Engagement.objects.count() == 1


@override_settings(FORM_RATE_LIMIT=2)
def test_repeated_posts_from_one_client_are_rate_limited(client, objective):
    for _ in range(2):
        assert client.post(join_url(objective), valid_data(objective, consent=None)).status_code == 400
    response = client.post(join_url(objective), valid_data(objective))
    assert response.status_code == 429
    html = response.content.decode()
    assert "You have sent this form many times in a short while." in html
    assert 'value="Groene Logistiek nv"' in html
    assert Engagement.objects.count() == 0
    # Another client is not held back.
    assert client.post(join_url(objective), valid_data(objective), REMOTE_ADDR="192.0.2.7").status_code == 302


UNREACHABLE_REDIS = {
    "BACKEND": "django.core.cache.backends.redis.RedisCache",
    "LOCATION": "redis://127.0.0.1:1/0",
    "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
}


def test_without_redis_the_form_still_works_and_the_limiter_lets_posts_through(client, objective, caplog):
    caches = {
        "default": {**UNREACHABLE_REDIS, "BACKEND": "cms.cache.TolerantRedisCache"},
        "ratelimit": UNREACHABLE_REDIS,
    }
    with override_settings(CACHES=caches, FORM_RATE_LIMIT=1), caplog.at_level(logging.WARNING):
        assert client.get(join_url(objective)).status_code == 200
        for _ in range(2):
            assert client.post(join_url(objective), valid_data(objective)).status_code == 302
    assert Engagement.objects.count() == 2
    assert "The rate limiter's cache is unavailable" in caplog.text
    assert "127.0.0.1" not in caplog.text.replace("redis://127.0.0.1:1", "")


def test_a_failing_mail_server_loses_nothing(client, objective, caplog):
    with override_settings(EMAIL_BACKEND=BROKEN_MAIL), caplog.at_level(logging.ERROR):
        response = client.post(join_url(objective), valid_data(objective))
    assert response.status_code == 302
    assert Engagement.objects.count() == 1
    assert "Could not send the e-mail about engagement" in caplog.text
    assert "an@groene-logistiek.example" not in caplog.text and "An Peeters" not in caplog.text


def test_other_methods_are_not_allowed(client, objective):
    assert client.put(join_url(objective)).status_code == 405


# From the scan's results.


@pytest.fixture
def scanned(site_tree):
    for number, objective in site_tree.objectives.items():
        tags, themes = DEFAULT_OBJECTIVE_TAGS[number]
        objective.scan_tags, objective.scan_themes = " ".join(sorted(tags)), " ".join(sorted(themes))
        objective.save_revision().publish()
    page = factories.ScanPageFactory(parent=site_tree.home)
    return factories.submitted_scan(
        page,
        random.Random(5),
        language="en",
        company_name="Brouwerij De Hop",
        contact_name="Jan Janssens",
        contact_email="jan@dehop.example",
        municipality="Mechelen",
        postcode="2800",
        quality=0.2,
    )


def test_results_link_their_suggestions_to_the_join_form_with_the_scan(client, scanned, site_tree):
    page = scanned.page
    html = client.get(f"{page.url}results/{scanned.token}/").content.decode()
    links = re.findall(r'href="(/en/engagements/[^"]+/join/\?scan=[^"]+)"', html)
    assert links, "the results suggest at least one objective to join"
    assert all(link.endswith(f"?scan={scanned.token}") for link in links)


def test_arriving_from_the_scan_prefills_the_company_and_links_the_engagement(client, scanned, objective):
    html = client.get(f"{join_url(objective)}?scan={scanned.token}").content.decode()
    assert "We have filled in your company's details from your scan." in html
    assert 'value="Brouwerij De Hop"' in html and 'value="jan@dehop.example"' in html
    assert 'value="Mechelen"' in html
    assert f'name="scan" value="{scanned.token}"' in html
    data = valid_data(objective, organisation_name="Brouwerij De Hop", scan=scanned.token)
    assert client.post(join_url(objective), data).status_code == 302
    assert Engagement.objects.get().scan_response == scanned


def test_an_unknown_scan_token_prefills_nothing(client, objective):
    html = client.get(f"{join_url(objective)}?scan=not-a-token").content.decode()
    assert "from your scan" not in html
    client.post(join_url(objective), valid_data(objective, scan="x" * 200))
    assert Engagement.objects.count() == 0  # a token longer than any real one is refused by the form


# In another language.


@pytest.fixture
def french_objective(site_tree, locales):
    fr = locales["fr"]
    translate(site_tree.home, fr, title="Alliance belge pour la biodiversité")
    translate(site_tree.engagements, fr, title="Engagements", slug="engagements")
    translate(site_tree.axes[0], fr, title="Étendre le réseau vert-bleu")
    return translate(site_tree.objectives[5], fr, title="Connectivité écologique", slug="connectivite-ecologique")


def test_the_join_form_works_in_french(client, french_objective, objective):
    url = join_url(french_objective)
    assert url.startswith("/fr/")
    html = client.get(url).content.decode()
    assert '<html lang="fr"' in html
    assert "Rejoindre cet engagement" in html
    response = client.post(url, valid_data(french_objective, consent=None))
    assert "Veuillez accepter" in response.content.decode()
    assert client.post(url, valid_data(french_objective)).status_code == 302
    engagement = Engagement.objects.get()
    assert engagement.language == "fr" and engagement.objective_id == french_objective.pk
    assert engagement.objective_key == objective.translation_key
    confirmation = mail.outbox[0]
    assert "Connectivité écologique" in confirmation.subject
    assert confirmation.subject.startswith("Nous avons bien reçu")


@pytest.mark.parametrize("token", ["\x00", "abc\x00def", "é" * 10, "not a token", "../results"])
def test_a_malformed_scan_token_prefills_nothing_and_fails_nothing(client, objective, token):
    """A NUL in the token reached the database, which PostgreSQL refuses: that was a server error."""
    response = client.get(join_url(objective), {"scan": token})
    assert response.status_code == 200
    assert "from your scan" not in response.content.decode()
    response = client.post(join_url(objective), valid_data(objective, scan=token))
    assert response.status_code == (400 if "\x00" in token else 302)
    assert not Engagement.objects.filter(scan_response__isnull=False).exists()
