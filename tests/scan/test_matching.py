"""Matching a scan to the objectives: one example per row of SCAN.md's table, ranking, reasons and advice."""

import pytest
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scan.matching import DEFAULT_OBJECTIVE_TAGS, ObjectiveProfile, advice, default_profiles, signals, suggest
from scan.scoring import best_answers, score, worst_answers

from .sample import scan_md_questionnaire
from .strategies import answers_for, questionnaires

PROPERTIES = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

TITLES = {
    1: "Urban and peri-urban areas",
    2: "Buildings and infrastructures",
    3: "Bed & breakfasts for wild pollinators",
    4: "Nature-based solutions",
    5: "Ecological connectivity",
    6: "Crops and animal products",
    7: "Primary production areas",
    8: "Imported primary commodities",
    9: "Surplus food",
    10: "Biodiversity-friendly financial flows",
}
OBJECTIVES = default_profiles(TITLES)
EDITORS_REASONS = [
    ("sealed_high", "More than 70 % of your site is sealed."),
    ("hedge_short", "You have less than 50 m of hedge."),
    ("flat_roof_bare", "Your flat roofs have no vegetation."),
]
# A company that does everything well and whose profile points at no objective.
NEUTRAL = {
    "total_area": 5000,
    "built_area": 2000,
    "outdoor_area": 1200,
    "parking_area": 300,
    "borders": ["housing"],
    "buys_risky_commodities": "no",
    "sells_food": "no",
    "finances": "no",
    "primary_production": "no",
    "tenure": "owner",
    "sector": "c",
}
NO_BUILDING_PLANS = {"renovation": "no", "glazing": "no"}  # not scored: the best answer is just the first


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture(scope="module")
def scan_md():
    return scan_md_questionnaire(EDITORS_REASONS)


def company(questionnaire, profile=(), **answers):
    """The best answers for this profile, no building plans, then these answers."""
    return {**best_answers(questionnaire, {**NEUTRAL, **dict(profile)}), **NO_BUILDING_PLANS, **answers}


def suggestions(questionnaire, answers, objectives=OBJECTIVES, limit=3):
    return suggest(questionnaire, answers, score(questionnaire, answers), objectives, limit=limit)


def suggested(questionnaire, answers, limit=10):
    """{objective number: reasons} of the suggestions."""
    return {item.objective.number: item.reasons for item in suggestions(questionnaire, answers, limit=limit)}


def test_a_company_that_does_everything_well_gets_no_suggestion(scan_md):
    answers = company(scan_md)
    assert suggested(scan_md, answers) == {}
    assert all(theme.percent == 100 for theme in score(scan_md, answers).themes)


# One example per row of SCAN.md's table -----------------------------------------------------------------------


def test_a_sealed_site_suggests_nature_based_solutions(scan_md):
    reasons = suggested(scan_md, company(scan_md, sealed_share=80))
    assert reasons[4] == ["More than 70 % of your site is sealed."]


def test_rainwater_to_the_sewer_suggests_nature_based_solutions(scan_md):
    reasons = suggested(scan_md, company(scan_md, rainwater="sewer"))
    assert reasons[4][0] == "You answered “Sewer” to “Rainwater”."


def test_without_the_editors_words_the_reason_quotes_the_answer():
    questionnaire = scan_md_questionnaire()  # no tag reasons
    reasons = suggested(questionnaire, company(questionnaire, sealed_share=80.5))
    assert reasons[4] == ["You answered “80.5 %” to “Sealed share”."]


def test_a_low_water_score_suggests_nature_based_solutions(scan_md):
    answers = company(scan_md, rainwater="partly_reused", nbs_measures=["none"])
    assert score(scan_md, answers).percent("water") == 25
    assert suggested(scan_md, answers)[4] == ["Your score for Water and nature-based solutions is 25 out of 100."]


LOW_HABITATS = {
    "meadow": "under_500",
    "hedge_length": 60,
    "ponds": 0,
    "trees": "none",
    "shelters": [],
    "native_share": "none",
}


def test_a_large_outdoor_area_with_poor_habitats_suggests_urban_and_peri_urban_areas(scan_md):
    reasons = suggested(scan_md, company(scan_md, **LOW_HABITATS))
    assert reasons[1] == ["Your outdoor area is at least 500 m², and your score for Habitats is 19 out of 100."]


def test_a_small_outdoor_area_or_good_habitats_do_not_suggest_urban_and_peri_urban_areas(scan_md):
    small = company(scan_md, {"outdoor_area": 300}, **LOW_HABITATS)
    assert 1 not in suggested(scan_md, small)
    assert 1 not in suggested(scan_md, company(scan_md, {"outdoor_area": 5000}))


@pytest.mark.parametrize(
    ("answers", "reason"),
    [
        ({"mowing": "weekly"}, "You answered “Weekly” to “Mowing”."),
        ({"pesticides": "routinely"}, "You answered “Routinely” to “Pesticides”."),
        ({"meadow": "none", "shelters": ["none"]}, "Your site has no flower meadow and no shelters for wildlife."),
    ],
)
def test_weekly_mowing_pesticides_or_no_meadow_and_no_shelters_suggest_bed_and_breakfasts(scan_md, answers, reason):
    assert suggested(scan_md, company(scan_md, **answers))[3] == [reason]


def test_no_meadow_alone_does_not_suggest_bed_and_breakfasts(scan_md):
    assert 3 not in suggested(scan_md, company(scan_md, meadow="none"))


@pytest.mark.parametrize(
    ("answers", "reason"),
    [
        ({"green_roofs": "none"}, "Your flat roofs have no vegetation."),
        ({"glazing": "yes"}, "You answered “Yes” to “Glazing”."),
        ({"renovation": "yes"}, "You answered “Yes” to “Renovation”."),
    ],
)
def test_bare_flat_roofs_much_glazing_or_a_renovation_suggest_buildings_and_infrastructures(scan_md, answers, reason):
    assert suggested(scan_md, company(scan_md, **answers))[2] == [reason]


@pytest.mark.parametrize(
    ("border", "reason"),
    [
        ("nature", "Your site borders a nature area."),
        ("water", "Your site borders a watercourse."),
        ("infrastructure", "Your site borders a railway or a road."),
    ],
)
def test_bordering_nature_water_or_infrastructure_suggests_ecological_connectivity(scan_md, border, reason):
    assert suggested(scan_md, company(scan_md, {"borders": [border]}))[5] == [reason]


def test_a_low_connectivity_score_suggests_ecological_connectivity(scan_md):
    answers = company(scan_md, knows_corridors="no", fences="closed", green_links="none")
    assert suggested(scan_md, answers)[5] == ["Your score for Connectivity is 40 out of 100."]


def test_a_railway_and_a_short_hedge_are_both_given_as_reasons(scan_md):
    answers = company(scan_md, {"borders": ["infrastructure"]}, hedge_length=30)
    assert suggested(scan_md, answers)[5] == [
        "You have less than 50 m of hedge.",
        "Your site borders a railway or a road.",
    ]


def test_farmland_forest_or_extraction_land_suggests_primary_production_areas(scan_md):
    reasons = suggested(scan_md, company(scan_md, {"primary_production": "yes"}))
    assert reasons == {7: ["You manage farmland, forest or extraction land."]}


def test_producing_or_serving_food_suggests_crops_and_animal_products_and_surplus_food(scan_md):
    reasons = suggested(scan_md, company(scan_md, {"sells_food": "yes"}))
    assert reasons == {6: ["You produce or serve food."], 9: ["You produce or serve food."]}


def test_risky_commodities_with_a_low_certified_share_suggest_imported_primary_commodities(scan_md):
    risky = {"buys_risky_commodities": "yes", "risky_commodities": ["soy", "palm_oil"]}
    reasons = suggested(scan_md, company(scan_md, risky, certified_share="10_to_50"))
    assert reasons[8] == ["You buy commodities with a risk of deforestation, and little of them is certified."]
    assert 8 not in suggested(scan_md, company(scan_md, risky, certified_share="all"))


def test_financing_or_investing_suggests_biodiversity_friendly_financial_flows(scan_md):
    assert suggested(scan_md, company(scan_md, {"finances": "yes"})) == {10: ["You finance or invest."]}


# The two rules that are advice, not objectives ---------------------------------------------------------------

STARTER_PLAN = "Start a simple biodiversity plan: name an owner, pick three actions, and check them after a year."


def test_a_low_governance_score_gets_a_starter_plan(scan_md):
    answers = company(scan_md, policy=[], action_plan="none", monitoring="some", reporting="none")
    answers.update(staff_engagement="none")
    assert score(scan_md, answers).percent("governance") == 25
    assert STARTER_PLAN in advice(scan_md, answers, score(scan_md, answers))


def test_a_governance_score_of_50_gets_no_starter_plan(scan_md):
    answers = company(scan_md, policy=["owner", "budget"], action_plan="none", monitoring="some", reporting="some")
    answers.update(staff_engagement="some", partnerships="all")
    assert score(scan_md, answers).percent("governance") == 50
    assert STARTER_PLAN not in advice(scan_md, answers, score(scan_md, answers))


def test_a_theme_of_75_or_more_invites_the_company_to_the_showcase(scan_md):
    answers = worst_answers(scan_md, NEUTRAL) | {"action_plan": "all", "monitoring": "all", "reporting": "all"}
    answers |= {
        "staff_engagement": "some",
        "partnerships": "none",
        "policy": ["policy_text", "owner", "budget", "target"],
    }
    result = score(scan_md, answers)
    assert result.percent("governance") == 75
    assert advice(scan_md, answers, result) == [
        "You score 75 or more for Governance: add your work to the alliance's showcase "
        "so that others can learn from it."
    ]


def test_no_theme_of_75_no_invitation(scan_md):
    answers = worst_answers(scan_md, NEUTRAL)
    assert advice(scan_md, answers, score(scan_md, answers)) == [STARTER_PLAN]


# Ranking, reasons, limit, determinism --------------------------------------------------------------------------


def test_at_most_three_suggestions_best_first(scan_md):
    answers = worst_answers(
        scan_md, {**NEUTRAL, "borders": ["nature", "water"], "sells_food": "yes", "finances": "yes"}
    )
    top = suggestions(scan_md, answers)
    everything = suggestions(scan_md, answers, limit=10)
    assert len(top) == 3
    assert top == everything[:3]
    assert len(everything) > 3
    assert [item.score for item in everything] == sorted((item.score for item in everything), reverse=True)


def test_strong_signals_and_bigger_gaps_rank_higher(scan_md):
    answers = company(scan_md, mowing="weekly", renovation="yes")
    assert signals(scan_md, answers, score(scan_md, answers))["weekly_mowing"] == 2  # a zero-point answer
    assert signals(scan_md, answers, score(scan_md, answers))["renovation_planned"] == 1  # not scored
    assert [item.objective.number for item in suggestions(scan_md, answers)] == [3, 2]


def test_the_gap_in_an_objectives_themes_decides_between_equal_signals(scan_md):
    answers = company(scan_md, {"sells_food": "yes"}, supplier_requirements="none", commodities_mapped="none")
    food_for_governance = ObjectiveProfile("a", 1, "A", frozenset({"sells_food"}), frozenset({"governance"}))
    food_for_value_chain = ObjectiveProfile("b", 2, "B", frozenset({"sells_food"}), frozenset({"value_chain"}))
    ranked = suggestions(scan_md, answers, [food_for_governance, food_for_value_chain])
    assert [item.objective.key for item in ranked] == ["b", "a"]
    assert ranked[0].score > ranked[1].score


def test_ties_go_to_the_lower_objective_number(scan_md):
    answers = company(scan_md, {"sells_food": "yes"})
    ranked = suggestions(scan_md, answers, list(reversed(OBJECTIVES)))
    assert [item.objective.number for item in ranked] == [6, 9]
    assert ranked[0].score == ranked[1].score


def test_only_objectives_with_a_matching_tag_are_suggested(scan_md):
    answers = worst_answers(scan_md, NEUTRAL)
    untagged = ObjectiveProfile("x", 11, "Untagged", frozenset(), frozenset({"habitats", "governance"}))
    assert "x" not in [item.objective.key for item in suggestions(scan_md, answers, [*OBJECTIVES, untagged], limit=20)]


def test_reasons_are_at_most_three_without_repeats_and_editors_words_first(scan_md):
    questionnaire = scan_md_questionnaire(
        [*EDITORS_REASONS, ("borders_nature", "Near nature."), ("borders_water", "Near nature.")]
    )
    answers = company(
        questionnaire, {"borders": ["nature", "water", "infrastructure"]}, hedge_length=0, fences="closed"
    )
    answers |= {"knows_corridors": "no", "green_links": "none"}
    reasons = suggested(questionnaire, answers)[5]
    assert reasons == ["You have less than 50 m of hedge.", "Your site borders a railway or a road.", "Near nature."]


def test_a_combined_signal_is_not_explained_twice(scan_md):
    pollinators = ObjectiveProfile("p", 3, "B&Bs", frozenset({"no_meadow", "no_shelters", "no_meadow_no_shelters"}))
    answers = company(scan_md, meadow="none", shelters=["none"])
    (only,) = suggestions(scan_md, answers, [pollinators])
    assert only.reasons == ["Your site has no flower meadow and no shelters for wildlife."]


def test_suggestions_are_deterministic_whatever_the_order_of_objectives_and_tags(scan_md):
    answers = worst_answers(scan_md, {**NEUTRAL, "borders": ["nature", "water", "infrastructure"], "sells_food": "yes"})
    shuffled = [
        ObjectiveProfile(item.key, item.number, item.title, frozenset(sorted(item.tags, reverse=True)), item.themes)
        for item in reversed(OBJECTIVES)
    ]
    first = suggestions(scan_md, answers, limit=10)
    assert first == suggestions(scan_md, answers, limit=10)
    assert [(item.objective.number, item.score, item.reasons) for item in first] == [
        (item.objective.number, item.score, item.reasons) for item in suggestions(scan_md, answers, shuffled, limit=10)
    ]


def test_a_suggestion_is_json_ready(scan_md):
    (first, *_rest) = suggestions(scan_md, company(scan_md, {"finances": "yes"}))
    assert first.to_dict() == {
        "objective": "10",
        "number": 10,
        "title": "Biodiversity-friendly financial flows",
        "score": pytest.approx(1.0),
        "reasons": ["You finance or invest."],
        "tags": ["finances"],
    }


def test_the_default_objective_tags_cover_the_ten_objectives():
    assert sorted(DEFAULT_OBJECTIVE_TAGS) == list(range(1, 11))
    assert all(tags and themes for tags, themes in DEFAULT_OBJECTIVE_TAGS.values())


# Properties ------------------------------------------------------------------------------------------------------


def check_suggestions(questionnaire, answers, limit):
    result = score(questionnaire, answers)
    found = signals(questionnaire, answers, result)
    ranked = suggest(questionnaire, answers, result, OBJECTIVES, limit=limit)
    assert len(ranked) <= max(limit, 0)
    assert [(-item.score, item.objective.number) for item in ranked] == sorted(
        (-item.score, item.objective.number) for item in ranked
    )
    for item in ranked:
        assert item.tags and set(item.tags) <= set(found) & item.objective.tags
        assert 1 <= len(item.reasons) <= 3
        assert len(set(item.reasons)) == len(item.reasons)
        assert all(isinstance(reason, str) and reason for reason in item.reasons)
    assert all(isinstance(sentence, str) for sentence in advice(questionnaire, answers, result))
    assert ranked == suggest(questionnaire, answers, result, OBJECTIVES, limit=limit)


@PROPERTIES
@given(data=st.data())
def test_any_answers_to_the_scan_md_questionnaire_give_sound_suggestions(scan_md, data):
    check_suggestions(scan_md, data.draw(answers_for(scan_md)), data.draw(st.integers(0, 5)))


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_any_answers_to_any_questionnaire_give_sound_suggestions(data):
    questionnaire = data.draw(questionnaires())
    check_suggestions(questionnaire, data.draw(answers_for(questionnaire)), 3)


# The default questionnaire (scan.defaults) with the default objective tags ---------------------------------------

HABITATS_POOR = {
    "flower_meadow": "under_500",
    "hedges": 60,
    "ponds": 0,
    "trees": "none",
    "shelters": [],
    "native_plantings": "under_25",
}


@pytest.fixture(scope="module")
def default_questionnaire():
    from scan.defaults import default_questionnaire

    return default_questionnaire()


@pytest.mark.parametrize(
    ("profile", "answers", "number", "reason"),
    [
        ({}, {"sealed_share": 80}, 4, "70 % or more of your site is sealed."),
        ({}, {"rainwater": "sewer"}, 4, "All rainwater goes to the sewer."),
        ({}, HABITATS_POOR, 1, "Your outdoor area is at least 500 m², and your score for Habitats is 19 out of 100."),
        ({}, {"mowing": "weekly"}, 3, "Your grass is mostly mown every week."),
        ({}, {"pesticides": "routinely"}, 3, "You use pesticides routinely."),
        (
            {},
            {"flower_meadow": "none", "shelters": ["none"]},
            3,
            "Your site has no flower meadow and no shelters for wildlife.",
        ),
        ({}, {"green_roofs": "none"}, 2, "You have large flat roofs without vegetation."),
        ({}, {"bird_safe_glazing": "no"}, 2, "Your buildings have large glass surfaces that birds cannot see."),
        ({}, {"renovation_planned": "yes"}, 2, "You are planning a renovation or a new building."),
        ({"borders": ["nature"]}, {}, 5, "Your site borders a nature area."),
        ({"borders": ["water"]}, {}, 5, "Your site borders a watercourse."),
        ({"borders": ["infrastructure"]}, {}, 5, "Your site borders a railway or a road."),
        ({}, {"hedges": 30}, 5, "You have less than 50 m of hedge."),
        ({"primary_production": "yes"}, {}, 7, "You manage farmland, forest or extraction land."),
        ({"sells_food": "yes"}, {}, 6, "You produce or serve food."),
        ({"sells_food": "yes"}, {}, 9, "You produce or serve food."),
        (
            {"buys_risky_commodities": "yes", "risky_commodities": ["cocoa"]},
            {"certified_share": "under_10"},
            8,
            "You buy commodities with a risk of deforestation, and little of them is certified.",
        ),
        ({"finances": "yes"}, {}, 10, "You finance or invest."),
    ],
)
def test_the_default_questionnaire_follows_scan_mds_table(default_questionnaire, profile, answers, number, reason):
    plain = company(default_questionnaire, flat_roofs="yes", renovation_planned="no")
    assert suggested(default_questionnaire, plain) == {}
    signalled = company(default_questionnaire, profile, **{"flat_roofs": "yes", "renovation_planned": "no", **answers})
    assert reason in suggested(default_questionnaire, signalled)[number]


def test_the_default_questionnaires_tags_are_those_the_default_rules_use(default_questionnaire):
    option_tags = {
        tag
        for question in default_questionnaire.questions
        for choice in (*question.options, *question.bands)
        for tag in choice.tags
    }
    derived = {"habitat_gap", "no_meadow_no_shelters", "risky_uncertified", "sells_food", "finances"}
    derived |= {"primary_production", "borders_nature", "borders_water", "borders_infrastructure"}
    derived |= {"theme_low_water", "theme_low_connectivity"}
    for tags, themes in DEFAULT_OBJECTIVE_TAGS.values():
        assert tags <= option_tags | derived
        assert themes <= {theme.code for theme in default_questionnaire.themes}
