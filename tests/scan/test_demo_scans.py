"""The generator of plausible submitted scans (home.factories.submitted_scan) shared by the demo and the benchmark."""

import datetime
import random

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale

from home import factories
from home.demo.loader import objective_scan_fields
from scan.choices import province_for_postcode
from scan.models import ScanResponse
from tests.conftest import translate

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 11, 20, 12, 0, tzinfo=datetime.UTC)
HABITAT_QUESTIONS = {"flower_meadow", "hedges", "ponds", "trees", "shelters", "native_plantings"}


@pytest.fixture
def default_scan(site_tree):
    """The default questionnaire on a scan page, and the ten objectives with their default scan tags."""
    for number in range(1, 11):
        objective = site_tree.objectives.get(number)
        if objective is None:
            factories.ObjectivePageFactory(
                parent=site_tree.axes[0], number=number, targets=[], **objective_scan_fields(number)
            )
        else:
            for name, value in objective_scan_fields(number).items():
                setattr(objective, name, value)
            objective.save_revision().publish()
    page = factories.ScanPageFactory(parent=site_tree.home)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def advisor(db):
    return get_user_model().objects.create_user("advisor", "advisor@example.com", "x")


def scans(page, seed, count, **options):
    rng = random.Random(seed)
    return [factories.submitted_scan(page, rng, now=NOW, **options) for _ in range(count)]


def applicable_codes(definition, answers):
    """The questions that apply to these answers, step by step as the wizard asks them."""
    known, codes = dict(answers), set()
    for step in definition.applicable_steps(known):
        codes.update(question.code for question in step.applicable_questions(known))
    return codes


def test_generated_scans_are_submitted_with_real_scores(default_scan, advisor):
    responses = scans(default_scan, 2030, 40, language="en", advisor=advisor)
    level_codes = {level.code for level in default_scan.definition.levels}
    for response in responses:
        response.refresh_from_db()
        assert response.status == ScanResponse.Status.SUBMITTED
        assert response.scan_key == default_scan.translation_key
        assert response.submitted_at <= NOW
        assert response.company_name and response.sector and response.postcode
        assert 0 <= response.overall_score <= 100, response.company_name
        assert response.level in level_codes
        assert response.ladder_step
        for theme in response.theme_scores:
            assert theme["percent"] is None or 0 <= theme["percent"] <= 100
    assert sum(bool(response.suggestions) for response in responses) >= 0.8 * len(responses)
    # a mix of good and poor practice
    assert len({response.level for response in responses}) >= 3
    assert len({response.review_status for response in responses}) >= 3
    assert any(response.wants_contact for response in responses)
    assert any(response.assigned_to == advisor for response in responses)


def test_profiles_are_consistent(default_scan):
    for response in scans(default_scan, 5, 60, language="en"):
        assert response.province == province_for_postcode(response.postcode) != ""
        if response.total_area is not None:
            assert response.built_area + response.outdoor_area <= response.total_area
            assert response.parking_area <= response.outdoor_area
        assert response.buys_risky_commodities == bool(response.risky_commodities)
        if response.wants_contact:
            assert response.contact_consent and response.contact_email and response.contact_requested_at
        if response.contact_email:
            assert response.contact_email.endswith(("@example.be", "@example.org"))


def test_the_same_seed_gives_the_same_scans(default_scan, advisor):
    def essentials(response):
        return (
            response.company_name,
            response.language,
            response.postcode,
            response.total_area,
            response.outdoor_area,
            response.borders,
            response.answers,
            response.overall_score,
            response.level,
            response.suggestions,
            response.review_status,
            response.wants_contact,
            response.assigned_to_id,
            response.submitted_at,
        )

    first = [essentials(response) for response in scans(default_scan, 99, 10, advisor=advisor)]
    second = [essentials(response) for response in scans(default_scan, 99, 10, advisor=advisor)]
    assert first == second
    assert first != [essentials(response) for response in scans(default_scan, 100, 10, advisor=advisor)]


def test_answers_respect_the_conditions(default_scan):
    definition = default_scan.definition
    responses = scans(default_scan, 17, 60, language="en")
    responses.append(
        factories.submitted_scan(
            default_scan,
            random.Random(1),
            language="en",
            total_area=800,
            built_area=800,
            outdoor_area=0,
            parking_area=0,
            buys_risky_commodities=False,
            risky_commodities=[],
            sells_food=False,
        )
    )
    without_outdoor = [response for response in responses if not response.outdoor_area]
    assert without_outdoor
    for response in responses:
        # every question that applies is answered, and nothing else
        assert set(response.answers) == applicable_codes(definition, response.all_answers()), response.company_name
    for response in without_outdoor:
        assert not HABITAT_QUESTIONS & set(response.answers)
        assert "fences" not in response.answers
    office = responses[-1]
    assert "commodities_mapped" not in office.answers and "food_sourcing" not in office.answers
    assert any(set(response.answers) >= HABITAT_QUESTIONS for response in responses)


def test_companies_answer_in_their_language_on_the_translation(default_scan, all_language_homes):
    for code in ("nl", "fr", "de"):
        translate(default_scan, Locale.objects.get(language_code=code))
    responses = scans(default_scan, 3, 40)
    assert {response.language for response in responses} >= {"nl", "fr", "en"}
    for response in responses:
        assert response.page.locale.language_code == response.language
        assert response.scan_key == default_scan.translation_key
    german = factories.submitted_scan(default_scan, random.Random(4), language="de")
    assert german.page.locale.language_code == "de"


def test_without_a_translation_the_company_answers_on_the_page(default_scan):
    response = factories.submitted_scan(default_scan, random.Random(8), language="nl")
    assert response.page == default_scan
    assert response.is_submitted


def test_fields_given_win(default_scan, advisor):
    response = factories.submitted_scan(
        default_scan,
        random.Random(2),
        language="en",
        kind="brewery",
        company_name="Brouwerij Test BV",
        postcode="3600",
        review_status="contacted",
        wants_contact=True,
        assigned_to=advisor,
        submitted_at=NOW - datetime.timedelta(days=3),
    )
    response.refresh_from_db()
    assert response.company_name == "Brouwerij Test BV"
    assert (response.postcode, response.municipality, response.province) == ("3600", "Genk", "limburg")
    assert response.sector == "c" and response.sells_food
    assert response.review_status == "contacted" and response.assigned_to == advisor
    assert response.wants_contact and response.contact_consent and response.contact_email
    assert response.submitted_at == NOW - datetime.timedelta(days=3)


def test_the_factory_makes_a_draft_and_submits_given_answers(default_scan):
    draft = factories.ScanResponseFactory(page=default_scan)
    assert draft.status == ScanResponse.Status.DRAFT
    assert draft.scan_key == default_scan.translation_key
    assert draft.province == "antwerp"
    submitted = factories.ScanResponseFactory(
        page=default_scan, submit={"action_plan": "adopted", "monitoring": "yearly", "flower_meadow": "over_500"}
    )
    submitted.refresh_from_db()
    assert submitted.is_submitted
    assert submitted.answers["action_plan"] == "adopted"
    assert submitted.overall_score is not None
    assert submitted.submitted_at <= timezone.now()
