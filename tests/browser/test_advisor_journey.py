"""A company asks for an advisor after its scan; an advisor finds it, takes it on, notes the call and exports the
list, in headless Chromium."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from scan.models import ScanNote, ScanResponse
from tests.scan.conftest import Wizard, results_token

pytestmark = pytest.mark.browser

# The fixtures of tests/scan/conftest.py (the small questionnaire on a ScanPage).
from tests.scan.conftest import scan_page  # noqa: E402, F401


@pytest.fixture
def submitted(transactional_db, scan_page):  # noqa: F811
    """A company has walked the scan (with Django's test client, as in the wizard tests) and sees its results."""
    wizard = Wizard(Client(), scan_page)
    wizard.through_profile()
    wizard.post("site", {"sealed_share": "80"})
    wizard.post("nature", {"meadow": "small", "shelters": ["bird_boxes"]})
    wizard.post("policy", {"plan": "draft"})
    done = wizard.post("check", {})
    return ScanResponse.objects.get(token=results_token(done))


@pytest.fixture
def no_gravatar(settings):
    # The admin's avatars come from gravatar.com by default; the test runs on a closed network.
    settings.WAGTAIL_GRAVATAR_PROVIDER_URL = None


@pytest.fixture
def advisor(transactional_db, django_user_model):
    user = django_user_model.objects.create_user(
        username="ada",
        password="advisor-password",
        email="ada@alliance.example",
        first_name="Ada",
        last_name="Lovelace",
    )
    user.groups.add(Group.objects.get(name="Advisors"))
    return user


def test_an_advisor_follows_up_a_contact_request(
    live_server,
    page,
    scan_page,  # noqa: F811
    submitted,
    advisor,
    no_gravatar,
    mailoutbox,
):
    page.set_default_timeout(10_000)
    # The company asks for contact on its results page.
    page.goto(f"{live_server.url}{scan_page.url}results/{submitted.token}/")
    contact = page.locator('form[action$="/contact/"]')
    contact.locator('input[name="email"]').fill("an@example.be")
    contact.locator('input[name="name"]').fill("An Peeters")
    contact.locator('input[name="consent"]').check()
    contact.locator('button[type="submit"]').click()
    page.wait_for_load_state()
    assert page.get_by_text("An advisor of the alliance will contact you").first.is_visible()
    assert len(mailoutbox) == 1 and f"/admin/scans/inspect/{submitted.pk}/" in mailoutbox[0].body

    # The advisor logs in and sees it on the dashboard.
    page.goto(f"{live_server.url}/admin/login/")
    page.fill('input[name="username"]', "ada")
    page.fill('input[name="password"]', "advisor-password")
    page.locator('form button[type="submit"]').first.click()
    page.wait_for_url(f"{live_server.url}/admin/")
    panel = page.locator("#scans-section")
    assert panel.get_by_text("awaiting contact").is_visible()
    assert panel.locator("a", has_text="awaiting contact").locator("strong").inner_text() == "1"

    # The list, filtered on "asked for contact".
    page.goto(f"{live_server.url}/admin/scans/")
    page.get_by_role("button", name="Show filters").click()
    page.get_by_role("button", name="Asked for contact").click()
    page.locator('input[name="wants_contact"][value="true"]').check()
    page.wait_for_url("**wants_contact=true**")
    rows = page.locator("table.listing tbody tr")
    rows.first.wait_for()
    assert rows.count() == 1
    page.get_by_role("link", name="Groene Logistiek NV").click()
    page.wait_for_url(f"**/admin/scans/inspect/{submitted.pk}/")
    assert page.get_by_text("Do you have a flower meadow?").is_visible()

    # Take it on, note the call, mark it contacted.
    page.get_by_role("button", name="Assign to me").click()
    page.wait_for_load_state()
    assert page.locator("[data-scan-advisor]").inner_text() == "Ada Lovelace"
    page.fill("#scan-note", "Called An; a site visit is planned.")
    page.get_by_role("button", name="Add note").click()
    page.wait_for_load_state()
    page.select_option("#scan-status", "contacted")
    page.get_by_role("button", name="Change status").click()
    page.wait_for_load_state()
    assert page.locator("[data-scan-status]").get_attribute("data-scan-status") == "contacted"
    timeline = page.locator(".scan-timeline")
    assert timeline.get_by_text("Called An; a site visit is planned.").is_visible()
    assert timeline.get_by_text("Assigned to Ada Lovelace").is_visible()
    submitted.refresh_from_db()
    assert submitted.assigned_to == advisor and submitted.review_status == "contacted"
    assert ScanNote.objects.filter(response=submitted, author=advisor).count() == 1

    # Export the list.
    page.goto(f"{live_server.url}/admin/scans/?wants_contact=true")
    page.get_by_role("button", name="Actions").click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download XLSX").click()
    download = download_info.value
    assert download.suggested_filename.startswith("scans-") and download.suggested_filename.endswith(".xlsx")

    assert page.errors == [], page.errors
