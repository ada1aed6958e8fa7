"""Results are private to the token holder; the company can mail, print, download, ask for contact, delete."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from scan.models import ScanResponse
from tests.broken_mail import BROKEN_MAIL

from .conftest import PROFILE, Wizard, results_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(wizard):
    wizard.through_profile()
    wizard.post("site", {"sealed_share": "80"})
    wizard.post("nature", {"meadow": "none", "shelters": []})
    wizard.post("policy", {"plan": "no"})
    done = wizard.post("check", {})
    return ScanResponse.objects.get(token=results_token(done))


def results_url(page, response, action=""):
    return f"{page.url}results/{response.token}/{action + '/' if action else ''}"


def test_results_show_scores_level_chart_and_table(client, scan_page, submitted):
    response = client.get(results_url(scan_page, submitted))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<svg" in html and "<table" in html
    assert "Land cover" in html and "Habitats" in html and "Governance" in html
    assert "Start" in html  # the level
    assert "Sow a flower meadow" in html  # next steps for a weak theme
    assert "noindex" in html
    assert "no-store" in response["Cache-Control"]


def test_anyone_with_another_token_sees_nothing(client, scan_page, submitted):
    assert client.get(f"{scan_page.url}results/{submitted.token[:-1]}x/").status_code == 404
    assert client.get(f"{scan_page.url}results/{'a' * 43}/").status_code == 404


def test_results_are_shown_in_the_language_of_the_page(client, scan_page, submitted, dutch_tree, locales):
    from tests.conftest import translate

    dutch = translate(scan_page, locales["nl"], title="Biodiversiteitsscan")
    response = client.get(results_url(dutch, submitted))
    assert response.status_code == 200
    assert '<html lang="nl"' in response.content.decode()


def test_email_me_this_link_sends_the_link_and_no_answers(client, scan_page, submitted, mailoutbox):
    response = client.post(results_url(scan_page, submitted, "email"), {"email": "an@example.be"})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    body = mailoutbox[0].body
    assert f"results/{submitted.token}/" in body
    assert "Groene Logistiek" not in body and "sealed" not in body.lower()


def test_a_mail_server_that_is_down_gets_a_message_not_an_error(client, scan_page, submitted, settings):
    settings.EMAIL_BACKEND = BROKEN_MAIL
    response = client.post(results_url(scan_page, submitted, "email"), {"email": "an@example.be"}, follow=True)
    assert response.status_code == 200
    assert "it will be sent as soon as our mail server answers" in response.content.decode()
    assert "We have sent the link" not in response.content.decode()


def test_a_bad_email_address_is_refused_with_a_message(client, scan_page, submitted, mailoutbox):
    response = client.post(results_url(scan_page, submitted, "email"), {"email": "not-an-address"})
    assert response.status_code == 400
    assert "Enter a valid e-mail address." in response.content.decode()
    assert not mailoutbox


def test_ask_an_advisor_to_contact_me_sets_the_flag(client, scan_page, submitted):
    refused = client.post(results_url(scan_page, submitted, "contact"), {"email": "an@example.be"})
    assert refused.status_code == 400
    submitted.refresh_from_db()
    assert not submitted.wants_contact
    response = client.post(
        results_url(scan_page, submitted, "contact"), {"email": "an@example.be", "name": "An", "consent": "on"}
    )
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.wants_contact and submitted.contact_consent and submitted.contact_requested_at


def test_actions_need_a_post(client, scan_page, submitted):
    assert client.get(results_url(scan_page, submitted, "delete")).status_code == 405
    assert client.get(results_url(scan_page, submitted, "unknown")).status_code == 404
    assert ScanResponse.objects.filter(pk=submitted.pk).exists()


def test_the_company_can_delete_its_response(client, scan_page, submitted):
    response = client.post(results_url(scan_page, submitted, "delete"))
    assert response.status_code == 302
    assert not ScanResponse.objects.filter(pk=submitted.pk).exists()
    assert client.get(results_url(scan_page, submitted)).status_code == 404


def test_the_results_download_as_a_pdf(client, scan_page, submitted):
    response = client.get(results_url(scan_page, submitted, "pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_sector_comparison_needs_five_scans(client, scan_page, submitted):
    url = results_url(scan_page, submitted)
    assert "on average" not in client.get(url).content.decode()
    for index in range(4):
        other = Wizard(Client(), scan_page)
        other.through_profile(company_name=f"Other {index}")
        other.post("site", {"sealed_share": "10"})
        other.post("nature", {"meadow": "large", "shelters": ["bird_boxes"]})
        other.post("policy", {"plan": "adopted"})
        other.post("check", {})
    assert ScanResponse.objects.filter(sector=PROFILE["sector"], status="submitted").count() == 5
    assert "on average" in client.get(url).content.decode()


def test_purge_deletes_drafts_untouched_for_thirty_days_only(wizard, submitted):
    fresh = Wizard(Client(), wizard.page)
    fresh.start()
    stale = Wizard(Client(), wizard.page)
    stale.start()
    stale_token = stale.token()
    ScanResponse.objects.filter(token=stale_token).update(updated_at=timezone.now() - timedelta(days=31))
    ScanResponse.objects.filter(pk=submitted.pk).update(updated_at=timezone.now() - timedelta(days=400))

    call_command("purge_scan_drafts", verbosity=0)

    assert not ScanResponse.objects.filter(token=stale_token).exists()
    assert ScanResponse.objects.filter(token=fresh.token()).exists()
    assert ScanResponse.objects.filter(pk=submitted.pk).exists()  # submitted scans are not drafts


def test_the_results_and_the_steps_keep_their_own_head_with_the_fragment_cache(client, scan_page, submitted, settings):
    """A stored fragment of the scan's step pages (with canonical and sharing links) is never served for its results
    page (which has none: it is private), nor the other way round, though both are the same Wagtail page."""
    settings.FRAGMENT_CACHE_SECONDS = 300
    for _ in range(2):
        results = client.get(results_url(scan_page, submitted)).content.decode()
        step = client.get(f"{scan_page.url}intro/").content.decode()
        assert 'rel="canonical"' not in results and "og:url" not in results
        assert 'rel="canonical"' in step
