"""A company takes the demo scan in Dutch in headless Chromium: intake, branching, back and forth, a language
switch mid-scan, check-your-answers and results with suggestions."""

import re

import pytest
from django.core.management import call_command

from scan.models import ScanResponse

pytestmark = pytest.mark.browser

CONTINUE = 'form.scan-form button[type="submit"]:not([name="wizard_goto_step"])'
BACK = 'form.scan-form button[name="wizard_goto_step"]'


@pytest.fixture
def demo(transactional_db, map_tiles_off):
    call_command("load_demo", force=True, verbosity=0, no_users=True)


@pytest.fixture
def map_tiles_off(settings):
    settings.MAP_TILES_URL = ""


def step_code(page):
    return page.url.rstrip("/").rsplit("/", 1)[-1]


def answer_visible_questions(page):
    """Answer every question on the step: the first option of each radio group, a small number for numbers."""
    form = page.locator("form.scan-form")
    names = set(form.locator('input[type="radio"]').evaluate_all("els => els.map(e => e.name)"))
    for name in sorted(names):
        form.locator(f'input[type="radio"][name="{name}"]').first.check()
    for field in form.locator('input[type="number"], input[inputmode="decimal"]').all():
        field.fill("10")


def test_a_company_takes_the_scan_in_dutch(live_server, demo, page):
    page.goto(live_server.url + "/nl/scan/")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert step_code(page) == "intro"
    page.check('input[name="intro-consent"]')
    page.click(CONTINUE)

    assert step_code(page) == "profile"
    page.fill('input[name="profile-company_name"]', "Groene Logistiek NV")
    page.select_option('select[name="profile-sector"]', "h")
    page.fill('input[name="profile-postcode"]', "2030")
    page.fill('input[name="profile-municipality"]', "Antwerpen")
    page.fill('input[name="profile-total_area"]', "20000")
    page.fill('input[name="profile-built_area"]', "8000")
    page.fill('input[name="profile-outdoor_area"]', "9000")
    page.fill('input[name="profile-parking_area"]', "3000")
    page.check('input[name="profile-borders"][value="infrastructure"]')
    for name in ("buys_risky_commodities", "sells_food", "finances", "primary_production"):
        page.check(f'input[name="profile-{name}"][value="no"]')
    page.click(CONTINUE)

    visited = []
    went_back = switched = False
    while step_code(page) != "check":
        code = step_code(page)
        assert re.search(r"Stap \d+ van \d+", page.content()), "the progress indicator is missing"
        answer_visible_questions(page)
        visited.append(code)
        if len(visited) == 2 and not went_back:
            # Back to the previous step: its answers are still there.
            page.click(BACK)
            assert step_code(page) == visited[0]
            kept = page.locator("form.scan-form").evaluate(
                "form => [...form.elements].filter(e => (e.type === 'radio' && e.checked) || e.value === '10').length"
            )
            assert kept >= 1, "going back lost the answers"
            went_back = True
            visited.pop()
            page.click(CONTINUE)
            continue
        if len(visited) == 3 and not switched:
            # Switch to French mid-scan: the same step, in French, answers kept; then back to Dutch.
            page.locator('a[hreflang="fr"]').first.click()
            page.wait_for_url(f"**/fr/scan/{code}/")
            assert page.locator("html").get_attribute("lang") == "fr"
            page.locator('a[hreflang="nl"]').first.click()
            page.wait_for_url(f"**/nl/scan/{code}/")
            answer_visible_questions(page)
            switched = True
        page.click(CONTINUE)

    assert went_back and switched
    assert any("habitat" in code for code in visited), f"a company with outdoor space gets the habitat step: {visited}"
    # Check your answers: a change link per step.
    assert page.locator('main a[href$="/nl/scan/profile/"]').count() == 1
    for code in visited:
        assert page.locator(f'main a[href$="/nl/scan/{code}/"]').count() == 1, code
    page.click(CONTINUE)

    page.wait_for_url("**/nl/scan/results/**")
    assert page.locator("svg").first.is_visible()
    assert page.locator("main table").count() >= 1
    objective_links = page.locator('main a[href*="/nl/engagements/"]')
    assert objective_links.count() >= 1, "no objective is suggested"
    response = ScanResponse.objects.get(status=ScanResponse.Status.SUBMITTED, company_name="Groene Logistiek NV")
    assert response.language == "nl" and response.company_name == "Groene Logistiek NV"
    assert response.suggestions
    assert page.errors == []
