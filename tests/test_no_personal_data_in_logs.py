"""What people type never reaches the logs: a full scan with a contact request, a join, a registration and its
cancellation are logged (at the production level and below) by record ids only."""

import datetime
import logging
import time

import pytest
from django.core import signing
from django.utils import timezone

from home.antispam import SIGNING_SALT
from home.models import EventIndexPage, EventPage, Registration, Workshop
from scan.models import ScanResponse

# The fixtures of tests/scan/conftest.py (the small questionnaire on a ScanPage).
from tests.scan.conftest import (
    Wizard,
    results_token,
    scan_page,  # noqa: F401
)

pytestmark = pytest.mark.django_db

PERSONAL = ["an@example.be", "An Peeters", "Groene Logistiek", "lotte@example.be", "Lotte Vermeulen", "Gemeente Zemst"]


def stamp():
    return signing.dumps(time.time() - 60, salt=SIGNING_SALT)


def test_a_scan_a_join_and_a_registration_leave_no_personal_data_in_the_logs(
    client,
    scan_page,  # noqa: F811
    site_tree,
    caplog,
):
    caplog.set_level(logging.DEBUG)

    # A company takes the scan, asks for contact and e-mails itself the link.
    wizard = Wizard(client, scan_page)
    wizard.through_profile()
    wizard.post("site", {"sealed_share": "80"})
    wizard.post("nature", {"meadow": "small", "shelters": ["bird_boxes"]})
    wizard.post("policy", {"plan": "draft"})
    response = ScanResponse.objects.get(token=results_token(wizard.post("check", {})))
    results = f"{scan_page.url}results/{response.token}/"
    client.post(f"{results}contact/", {"email": "an@example.be", "name": "An Peeters", "consent": "on"})
    client.post(f"{results}email/", {"email": "an@example.be"})
    client.post(f"{results}email/", {"email": "not-an-address"})  # refused: a 400 is logged

    # It joins an objective, once with a mistake.
    objective = site_tree.objectives[5]
    join = {
        "organisation_name": "Groene Logistiek NV",
        "organisation_type": "company",
        "contact_name": "An Peeters",
        "contact_email": "an@example.be",
        "commitment": "Hedges along our site.",
        "start_year": "2026",
        "end_year": "2030",
        "municipality": "Antwerpen",
        "consent": "on",
        "rendered_at": stamp(),
        "scan": response.token,
    }
    client.post(f"{objective.url}join/", {**join, "end_year": "2020"})
    assert client.post(f"{objective.url}join/", join).status_code == 302

    # Someone registers for an event, then cancels.
    index = EventIndexPage(title="Events", slug="events")
    site_tree.home.add_child(instance=index)
    start = timezone.now() + datetime.timedelta(days=30)
    event = EventPage(
        title="Get-together", start=start, end=start + datetime.timedelta(hours=6), registration_required=True
    )
    event.workshops.add(Workshop(title="Governance", capacity=10))
    index.add_child(instance=event)
    event.save_revision().publish()
    workshop = event.workshops.get()
    registration = {
        "name": "Lotte Vermeulen",
        "email": "lotte@example.be",
        "organisation": "Gemeente Zemst",
        "organisation_type": "municipality",
        "consent": "on",
        f"rank_{workshop.pk}": "1",
        "rendered_at": stamp(),
    }
    client.post(f"{event.url}register/", {**registration, "consent": ""})
    assert client.post(f"{event.url}register/", registration).status_code == 302
    token = Registration.objects.get().token
    client.post(f"{event.url}cancel/{token}/")

    messages = "\n".join(record.getMessage() for record in caplog.records)
    assert "Engagement" in messages and "Registration" in messages  # the flows did log, by id
    for value in PERSONAL:
        assert value.lower() not in messages.lower(), value
    assert token not in messages and response.token not in messages
