"""Someone registers in Dutch for the demo's working-group event, ranking its four workshops, in headless Chromium:
a mistake in the ranking first, then the confirmation page and the e-mail with the event for the calendar."""

import re

import pytest
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext

from home.models import EventPage, Registration

pytestmark = pytest.mark.browser


@pytest.fixture
def demo(transactional_db, settings):
    settings.MAP_TILES_URL = ""
    call_command("load_demo", force=True, verbosity=0, no_users=True)


def dutch(text):
    with translation.override("nl"):
        translated = gettext(text)
    assert translated != text, f"“{text}” has no Dutch translation"
    return translated


def test_someone_registers_for_the_working_group_event_in_dutch(live_server, page, demo, mailoutbox):
    page.set_default_timeout(15_000)
    event = (
        EventPage.objects.live()
        .filter(locale__language_code="nl", registration_required=True, workshops_per_person=2)
        .order_by("start")
        .first()
    )
    assert event is not None, "the demo has the working-group event in Dutch"
    before = Registration.objects.filter(event_key=event.translation_key).count()

    page.goto(live_server.url + event.get_parent().url)
    assert page.locator("html").get_attribute("lang") == "nl"
    page.locator(".event-card a", has_text=event.title).first.click()
    page.wait_for_url(re.compile(re.escape(event.url) + "$"))
    page.locator("a.button", has_text=dutch("Register")).click()
    page.wait_for_url(re.compile(r"/register/$"))

    page.fill("#id_name", "Lotte Vermeulen")
    page.fill("#id_email", "lotte.vermeulen@example.be")
    page.fill("#id_organisation", "Gemeente Zemst")
    page.select_option("#id_organisation_type", "municipality")
    ranks = page.locator('select[name^="rank_"]')
    assert ranks.count() == 4
    # The same rank twice: refused in Dutch, everything kept.
    for position, rank in enumerate(["2", "1", "2", "4"]):
        ranks.nth(position).select_option(rank)
    page.check("#id_consent")
    page.click("form.register-form button[type=submit]")
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert dutch("Use each rank once: every workshop needs its own place in your ranking.") in summary.inner_text()
    assert page.input_value("#id_organisation") == "Gemeente Zemst"
    for position, rank in enumerate(["2", "1", "3", "4"]):
        ranks.nth(position).select_option(rank)
    page.check("#id_consent")
    page.click("form.register-form button[type=submit]")
    page.wait_for_url(re.compile(r"/register/(confirmed|waiting)/$"))
    assert page.locator("h1").inner_text().strip() in {
        dutch("You are registered"),
        dutch("You are on the waiting list"),
    }

    registration = Registration.objects.get(email="lotte.vermeulen@example.be")
    assert registration.language == "nl" and registration.event_key == event.translation_key
    assert Registration.objects.filter(event_key=event.translation_key).count() == before + 1
    assert list(registration.choices.order_by("rank").values_list("rank", flat=True)) == [1, 2, 3, 4]
    (message,) = mailoutbox
    assert message.to == ["lotte.vermeulen@example.be"] and event.title in message.subject
    if registration.status == Registration.Status.CONFIRMED:
        assert message.attachments and message.attachments[0][0].endswith(".ics")
    assert f"/cancel/{registration.token}/" in message.body
    script_errors = [error for error in page.errors if not error.startswith("Failed to load resource")]
    assert script_errors == [], page.errors
