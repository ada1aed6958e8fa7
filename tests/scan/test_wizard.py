"""The scan's wizard through real HTTP requests: each step, branching, back, resume, tampering, languages."""

import pytest
from django.test import Client

from scan.models import ScanResponse

from .conftest import PROFILE, Wizard, results_token

pytestmark = pytest.mark.django_db


def test_the_scan_starts_with_the_privacy_notice(client, scan_page):
    response = client.get(scan_page.url)
    assert response.status_code == 302
    assert response["Location"] == f"{scan_page.url}intro/"
    page = client.get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert "We keep your answers for three years." in html
    assert 'name="intro-consent"' in html
    assert "private" in page["Cache-Control"] and "no-store" in page["Cache-Control"]


def test_no_consent_no_draft(wizard):
    wizard.client.get(wizard.page.url)
    response = wizard.post("intro", {})
    assert response.status_code == 400
    assert "Please agree to the privacy notice" in response.content.decode()
    assert not ScanResponse.objects.exists()


def test_consent_creates_a_draft_with_the_notices_version(wizard):
    response = wizard.start()
    assert response.status_code == 302
    assert response["Location"] == wizard.url("profile")
    draft = ScanResponse.objects.get()
    assert draft.status == ScanResponse.Status.DRAFT
    assert draft.consent_version == "2026-11"
    assert draft.consent_given_at is not None
    assert len(draft.token) >= 43  # 256 bits in URL-safe base64


def test_profile_answers_are_saved_at_once_as_columns(wizard):
    response = wizard.through_profile()
    assert response["Location"] == wizard.url("site")
    draft = ScanResponse.objects.get()
    assert draft.company_name == "Groene Logistiek NV"
    assert draft.sector == "h"
    assert draft.province == "antwerp"
    assert draft.outdoor_area == 9000
    assert draft.borders == ["infrastructure", "water"]
    assert draft.sells_food is False
    assert draft.wizard_state["step"] == "site"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("total_area", "-5", "An area cannot be negative."),
        ("total_area", "lots", "Enter a whole number of square metres"),
        ("total_area", "99999999999", "That is more than any site can measure"),
        ("postcode", "12", "Enter a Belgian postcode of four digits"),
        ("outdoor_area", "30000", "This cannot be larger than the total site area."),
    ],
)
def test_bad_profile_input_is_refused_with_a_message_and_nothing_is_lost(wizard, field, value, message):
    wizard.start()
    response = wizard.post("profile", {**PROFILE, field: value})
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "Groene Logistiek NV" in html  # what the company typed is still there
    assert value in html


def test_number_questions_refuse_negative_text_and_absurd_values(wizard):
    wizard.through_profile()
    for value, message in [
        ("-1", "The number cannot be negative."),
        ("abc", "Enter a number"),
        ("250", "That is more than is plausible here"),
    ]:
        response = wizard.post("site", {"sealed_share": value})
        assert response.status_code == 400, value
        assert message in response.content.decode()


def test_a_whole_scan_with_outdoor_space(wizard):
    wizard.through_profile()
    assert wizard.post("site", {"sealed_share": "80"})["Location"] == wizard.url("nature")
    assert wizard.post("nature", {"meadow": "large", "shelters": ["bird_boxes", "dead_wood"]})[
        "Location"
    ] == wizard.url("policy")
    assert wizard.post("policy", {"plan": "draft"})["Location"] == wizard.url("check")
    check = wizard.client.get(wizard.url("check"))
    html = check.content.decode()
    assert check.status_code == 200
    assert "500 m² or more" in html and "Bird boxes, Dead wood" in html and "80 %" in html
    assert f'href="{wizard.url("nature")}"' in html  # a change link per step

    done = wizard.post("check", {})
    assert done.status_code == 302
    token = results_token(done)
    submitted = ScanResponse.objects.get(token=token)
    assert submitted.status == ScanResponse.Status.SUBMITTED
    assert submitted.answers == {
        "sealed_share": 80.0,
        "meadow": "large",
        "shelters": ["bird_boxes", "dead_wood"],
        "plan": "draft",
    }
    assert submitted.language == "en"
    assert submitted.revision_id == wizard.page.live_revision_id
    scores = {row["code"]: row["percent"] for row in submitted.theme_scores}
    # Shelters are capped at 2 points: bird boxes and dead wood reach the cap.
    assert scores == {"land": 0.0, "habitats": 100.0, "governance": 50.0}
    assert float(submitted.overall_score) == pytest.approx((0 * 15 + 100 * 20 + 50 * 10) / 45, abs=0.01)
    assert submitted.level == "advanced"
    assert submitted.facts["sealed_share_pct"] == 80
    assert "scan_drafts" not in wizard.client.session or not wizard.client.session["scan_drafts"]

    results = wizard.client.get(done["Location"])
    assert results.status_code == 200
    assert "Habitats" in results.content.decode()


def test_a_company_without_outdoor_space_never_sees_the_nature_step(wizard):
    wizard.through_profile(outdoor_area="0", sells_food="yes")
    assert wizard.post("site", {"sealed_share": "95"})["Location"] == wizard.url("policy")
    assert wizard.client.get(wizard.url("nature"))["Location"] != wizard.url("nature")
    page = wizard.client.get(wizard.url("policy"))
    assert "Do you source food locally?" in page.content.decode()  # the food question applies to food businesses


def test_food_question_hidden_from_companies_without_food(wizard):
    wizard.through_profile()
    wizard.post("site", {"sealed_share": "10"})
    wizard.post("nature", {"meadow": "none"})
    assert "Do you source food locally?" not in wizard.client.get(wizard.url("policy")).content.decode()


def test_back_keeps_the_answers(wizard):
    wizard.through_profile()
    wizard.post("site", {"sealed_share": "42"})
    back = wizard.post("nature", {"wizard_goto_step": "site"})
    assert back["Location"] == wizard.url("site")
    html = wizard.client.get(wizard.url("site")).content.decode()
    assert 'value="42"' in html


def test_a_refresh_keeps_the_answers(wizard):
    wizard.through_profile()
    first = wizard.client.get(wizard.url("profile")).content.decode()
    second = wizard.client.get(wizard.url("profile")).content.decode()
    assert "Groene Logistiek NV" in first and "Groene Logistiek NV" in second


def test_a_step_cannot_be_reached_before_the_steps_it_depends_on(wizard):
    wizard.start()
    response = wizard.client.get(wizard.url("policy"))
    assert response.status_code == 302
    assert response["Location"] == wizard.url("profile")
    assert wizard.client.get(wizard.url("done"))["Location"] == wizard.url("profile")


def test_posting_a_later_step_too_early_is_refused(wizard):
    wizard.start()
    response = wizard.post("policy", {"plan": "adopted"})
    assert response.status_code == 409
    assert ScanResponse.objects.get().answers == {}


def test_an_unknown_option_code_gets_a_message_and_a_4xx(wizard):
    wizard.through_profile()
    wizard.post("site", {"sealed_share": "10"})
    response = wizard.post("nature", {"meadow": "swimming_pool"})
    assert response.status_code == 400
    assert "That answer is not one of the options" in response.content.decode()


def test_missing_management_data_is_a_bad_request(wizard):
    wizard.through_profile()
    response = wizard.client.post(wizard.url("site"), {"site-sealed_share": "10"})
    assert response.status_code == 400


def test_management_data_for_another_step_is_refused(wizard):
    wizard.through_profile()
    response = wizard.post("site", {"sealed_share": "10"}, management_step="policy")
    assert response.status_code == 409
    assert "Continue the scan" in response.content.decode() or wizard.url("site") in response.content.decode()


def test_a_step_that_no_longer_exists_is_refused_politely(wizard):
    wizard.through_profile()
    response = wizard.post("vanished_step", {"anything": "1"})
    assert response.status_code == 409
    assert ScanResponse.objects.get().status == ScanResponse.Status.DRAFT


def test_resume_on_another_device_with_the_resume_link(wizard, scan_page):
    wizard.through_profile()
    wizard.post("site", {"sealed_share": "55"})
    token = wizard.token()

    other_device = Client()
    response = other_device.get(f"{scan_page.url}resume/{token}/")
    assert response.status_code == 302
    assert response["Location"] == scan_page.url  # a clean URL: the token leaves the address bar
    continued = other_device.get(scan_page.url)
    assert continued["Location"] == f"{scan_page.url}nature/"
    other = Wizard(other_device, scan_page)
    other.post("nature", {"meadow": "small"})
    assert other.post("policy", {"plan": "no"})["Location"] == other.url("check")


@pytest.mark.parametrize("token", ["not-a-token", "x" * 65, "%00"])
def test_unknown_resume_and_results_tokens_are_not_found(client, scan_page, token):
    assert client.get(f"{scan_page.url}resume/{token}/").status_code == 404
    assert client.get(f"{scan_page.url}results/{token}/").status_code == 404


def test_a_draft_has_no_results_page(wizard):
    wizard.through_profile()
    assert wizard.client.get(f"{wizard.page.url}results/{wizard.token()}/").status_code == 404


def test_save_for_later_mails_the_resume_link(wizard, mailoutbox):
    wizard.through_profile()
    page = wizard.client.get(f"{wizard.page.url}save/")
    assert page.status_code == 200
    assert f"resume/{wizard.token()}/" in page.content.decode()
    response = wizard.client.post(f"{wizard.page.url}save/", {"email": "an@example.be"})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["an@example.be"]
    assert f"resume/{wizard.token()}/" in mailoutbox[0].body
    assert "Groene Logistiek" not in mailoutbox[0].body


def test_a_language_switch_continues_at_the_same_step(wizard, scan_page, dutch_tree, locales):
    from tests.conftest import translate

    dutch_scan = translate(scan_page, locales["nl"], title="Biodiversiteitsscan")
    wizard.through_profile()
    response = wizard.client.get(dutch_scan.url)
    assert response.status_code == 302
    assert response["Location"] == f"{dutch_scan.url}site/"
    page = wizard.client.get(response["Location"])
    assert page.status_code == 200
    assert '<html lang="nl"' in page.content.decode()
    dutch = Wizard(wizard.client, dutch_scan)
    assert dutch.post("site", {"sealed_share": "20"})["Location"] == dutch.url("nature")
    assert ScanResponse.objects.get().language == "nl"


def test_a_questionnaire_revised_while_a_draft_is_open(wizard, scan_page):
    wizard.through_profile()
    wizard.post("site", {"sealed_share": "20"})
    wizard.post("nature", {"meadow": "small"})
    wizard.post("policy", {"plan": "adopted"})

    # The editors add a required question to the nature step and publish.
    from .conftest import option, question

    stream = scan_page.questionnaire.raw_data
    nature = next(block for block in stream if block["type"] == "step" and block["value"]["code"] == "nature")
    nature["value"]["questions"].append(
        question("pond", "Is there a pond?", "yes_no", "habitats", [option("yes", "Yes", 2), option("no", "No", 0)])
    )
    scan_page.questionnaire = stream
    revision = scan_page.save_revision()
    revision.publish()

    response = wizard.post("check", {})
    assert response.status_code == 302
    assert response["Location"] == wizard.url("nature")  # the new question must be answered first
    wizard.post("nature", {"meadow": "small", "pond": "yes"})
    done = wizard.post("check", {})
    submitted = ScanResponse.objects.get(token=results_token(done))
    assert submitted.answers["pond"] == "yes"
    assert submitted.revision_id == revision.pk


def test_submitting_twice_creates_one_response(wizard):
    wizard.through_profile(outdoor_area="0")
    wizard.post("site", {"sealed_share": "20"})
    wizard.post("policy", {"plan": "adopted"})
    wizard.post("check", {})
    again = wizard.post("check", {})
    assert again.status_code in (302, 409)
    assert ScanResponse.objects.filter(status=ScanResponse.Status.SUBMITTED).count() == 1


def test_numbers_are_read_in_the_visitors_language(wizard, scan_page, dutch_tree, locales):
    from tests.conftest import translate

    dutch_scan = translate(scan_page, locales["nl"], title="Biodiversiteitsscan")
    dutch = Wizard(wizard.client, dutch_scan)
    dutch.start()
    profile = dutch.post("profile", {**PROFILE, "total_area": "20.000", "outdoor_area": "9000"})
    assert profile.status_code == 302, profile.context["form"].errors
    assert dutch.post("site", {"sealed_share": "12,5"})["Location"] == dutch.url("nature")
    draft = ScanResponse.objects.get()
    assert draft.total_area == 20000  # "20.000" is twenty thousand in Dutch
    assert draft.answers["sealed_share"] == 12.5


def test_a_step_keeps_only_its_own_fields_in_the_draft(wizard):
    """A doctored form's other keys are not stored, nor NUL characters (PostgreSQL cannot store one in the draft:
    a valid step carrying one was a server error), and the scan submits from what was kept."""
    wizard.client.get(wizard.page.url)
    assert wizard.post("intro", {"consent": "on\x00", "junk": "x\x00y"}).status_code == 302
    assert wizard.post("profile", {**PROFILE, "junk": "\x00" * 3, "wizard_x\x00": "1"}).status_code == 302
    state = ScanResponse.objects.get().wizard_state["step_data"]
    assert state["intro"] == {"intro-consent": ["on"]}
    assert set(state["profile"]) == {f"profile-{name}" for name in PROFILE}
    wizard.post("site", {"sealed_share": "20"})
    wizard.post("nature", {"meadow": "small", "shelters": ["bird_boxes"]})
    wizard.post("policy", {"plan": "draft"})
    assert ScanResponse.objects.get(token=results_token(wizard.post("check", {}))).is_submitted


def test_a_submission_whose_reply_was_lost_shows_its_results_when_sent_again(wizard, client, scan_page):
    """The submission was saved but its reply never arrived (the session kept the draft's token, as when the
    database went down after the commit): sending the check again shows the results, not an error."""
    wizard.through_profile(outdoor_area="0")
    wizard.post("site", {"sealed_share": "20"})
    wizard.post("policy", {"plan": "adopted"})
    token = wizard.token()
    done = wizard.post("check", {})
    session = client.session
    session["scan_drafts"] = {str(scan_page.translation_key): token}  # as if the session had not been saved
    session.save()
    again = wizard.post("check", {})
    assert again.status_code == 302
    assert again["Location"] == done["Location"] == f"{scan_page.url}results/{token}/"
    assert client.get(again["Location"]).status_code == 200
    assert ScanResponse.objects.filter(status=ScanResponse.Status.SUBMITTED).count() == 1
