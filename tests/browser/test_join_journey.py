"""A company joins an objective its French scan results suggest; an editor approves the engagement; the objective
page lists the company and its progress moves, in headless Chromium on the demo content."""

import random
import re
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import translation

from home.factories import submitted_scan
from home.models import Engagement
from home.models.joining import with_progress
from home.templatetags.alliance_tags import quantity
from scan.models import ScanPage

pytestmark = pytest.mark.browser

COMPANY = "Fromagerie du Pays vert"


@pytest.fixture
def demo(transactional_db, settings):
    settings.MAP_TILES_URL = ""
    call_command("load_demo", force=True, verbosity=0, no_users=True)


@pytest.fixture
def french_results(demo):
    """A cheese maker in Namur has taken the scan in French; its practice leaves room for several engagements."""
    page = ScanPage.objects.get(locale__language_code="fr")
    return submitted_scan(
        page,
        random.Random(11),
        language="fr",
        company_name=COMPANY,
        contact_name="Claire Dubois",
        contact_email="claire@fromagerie.example",
        contact_consent=True,
        postcode="5000",
        municipality="Namur",
        quality=0.15,
    )


@pytest.fixture
def editor(demo, django_user_model):
    user = django_user_model.objects.create_user(
        username="eddy", password="editor-password", email="eddy@alliance.example", first_name="Eddy"
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def first_target(objective):
    return with_progress(objective.targets.order_by("sort_order")).first()


def test_a_company_joins_from_its_french_results_and_an_editor_approves(
    live_server, page, french_results, editor, mailoutbox
):
    page.set_default_timeout(15_000)
    page.goto(f"{live_server.url}{french_results.page.url}results/{french_results.token}/")
    join = page.locator("a.button", has_text="Rejoindre cet engagement").first
    assert f"?scan={french_results.token}" in join.get_attribute("href")
    join.click()

    # The join form, in French, knows the company from its scan.
    page.wait_for_url(re.compile(r"/fr/.+/join/\?scan="))
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.input_value("#id_organisation_name") == COMPANY
    assert page.input_value("#id_contact_email") == "claire@fromagerie.example"
    assert page.input_value("#id_municipality") == "Namur"
    page.select_option("#id_organisation_type", "company")
    page.fill("#id_commitment", "Nous plantons des haies indigènes le long de nos prairies, sans pesticides.")
    contribution = page.locator('input[name^="contribution_"]').first
    contribution.fill("1,5")
    page.check("#id_list_publicly")
    # Sent without consent first: a French message, and nothing typed is lost.
    page.click("form.join-form button[type=submit]")
    assert page.locator(".error-summary").is_visible()
    assert "Veuillez accepter" in page.locator(".error-summary").inner_text()
    assert page.input_value("#id_commitment").startswith("Nous plantons des haies")
    page.check("#id_consent")
    page.click("form.join-form button[type=submit]")
    page.wait_for_url(re.compile(r"/join/thanks/$"))
    assert "Merci pour votre engagement" in page.locator("h1").inner_text()

    engagement = Engagement.objects.get(organisation_name=COMPANY)
    assert engagement.status == Engagement.Status.PENDING
    assert engagement.language == "fr" and engagement.scan_response_id == french_results.pk
    objective = engagement.objective
    before = first_target(objective).achieved
    page.goto(live_server.url + objective.url)
    assert COMPANY not in page.content()

    # An editor approves it in the admin.
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "eddy")
    page.fill("#id_password", "editor-password")
    page.click("form button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))
    page.goto(f"{live_server.url}/admin/engagements/")
    page.click(f"text={COMPANY}")
    page.wait_for_url(re.compile(rf"/admin/engagements/inspect/{engagement.pk}/$"))
    page.locator("button", has_text=re.compile(r"^\s*Approve\s*$")).click()
    page.wait_for_url(re.compile(rf"/admin/engagements/inspect/{engagement.pk}/$"))
    engagement.refresh_from_db()
    assert engagement.status == Engagement.Status.APPROVED and engagement.decided_by == editor
    decision = mailoutbox[-1]
    assert decision.to == ["claire@fromagerie.example"] and objective.title in decision.subject

    # The objective page lists the company, and its first target moved by the company's contribution.
    after = first_target(objective).achieved
    assert after == before + Decimal("1.5")
    page.goto(live_server.url + objective.url)
    assert COMPANY in page.locator(".engagements").inner_text()
    with translation.override("fr"):
        figure = quantity(after)
    assert figure in page.locator(".targets .progress__label").first.inner_text()
    # The one refused resource is the form sent without consent (400); images live in the tests' in-memory
    # storage, which the live server does not serve. No script error.
    script_errors = [error for error in page.errors if not error.startswith("Failed to load resource")]
    assert script_errors == [], page.errors
    assert sum("400" in error for error in page.errors) == 1
