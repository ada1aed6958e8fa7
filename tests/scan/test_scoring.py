"""Scoring a scan: SCAN.md's arithmetic, branching, levels and facts, and properties over random questionnaires."""

import json
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from scan import questionnaire as q
from scan.scoring import ScanScore, best_answers, chosen_tags, compile_condition, compiled, score, worst_answers
from scan.scoring.compiled import reached

from .sample import scan_md_questionnaire
from .strategies import EDGES, GARBAGE, INTAKE_CONDITIONS, answers_for, intake_answers, questionnaires

PROPERTIES = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

OFFICE_TENANT = {
    "total_area": 800,
    "built_area": 800,
    "outdoor_area": 0,
    "parking_area": 0,
    "borders": ["housing"],
    "buys_risky_commodities": "no",
    "sells_food": "no",
    "finances": "no",
    "primary_production": "no",
    "tenure": "tenant",
}
FACTORY = {
    **OFFICE_TENANT,
    "total_area": 20000,
    "built_area": 8000,
    "outdoor_area": 12000,
    "parking_area": 3000,
    "borders": ["nature", "water"],
    "tenure": "owner",
}


def one_theme(*questions_, weight=10, levels=(), ladder=()):
    """A questionnaire with a theme "t" and one step holding these questions."""
    return q.Questionnaire(
        themes=(q.Theme("t", "Theme", weight),),
        steps=(q.Step("s", "Step", questions=tuple(questions_)),),
        levels=levels,
        ladder=ladder,
        ladder_theme="t",
    )


def single(code, *points, theme="t", condition=None, not_applicable=()):
    options = tuple(
        q.Option(f"o{index}", f"O{index}", value, not_applicable=index in not_applicable)
        for index, value in enumerate(points)
    )
    return q.Question(code, code, q.SINGLE, theme=theme, options=options, condition=q.Condition.parse(condition))


LEVELS = (
    q.Level("start", "Start", 0),
    q.Level("basis", "Basis", 25),
    q.Level("advanced", "Advanced", 50),
    q.Level("frontrunner", "Frontrunner", 75),
)


@pytest.fixture(scope="module")
def scan_md():
    return scan_md_questionnaire()


# SCAN.md's arithmetic ------------------------------------------------------------------------------------------


def test_a_theme_scores_earned_points_over_possible_points():
    questionnaire = one_theme(single("a", 0, 2, 4), single("b", 0, 2, 4))
    theme = score(questionnaire, {"a": "o1", "b": "o2"}).theme("t")
    assert (theme.earned, theme.possible, theme.percent, theme.applicable) == (6, 8, 75, 2)


def test_a_not_applicable_option_leaves_the_denominator():
    questionnaire = one_theme(single("a", 0, 2, 4, 0, not_applicable={3}), single("b", 0, 2, 4))
    theme = score(questionnaire, {"a": "o3", "b": "o2"}).theme("t")
    assert (theme.earned, theme.possible, theme.percent, theme.applicable) == (4, 4, 100, 1)


def test_the_possible_points_ignore_a_not_applicable_option_worth_more():
    questionnaire = one_theme(single("a", 0, 2, 9, not_applicable={2}))
    assert score(questionnaire, {"a": "o1"}).theme("t").percent == 100


def test_an_unanswered_or_unknown_answer_leaves_the_denominator():
    questionnaire = one_theme(single("a", 0, 4), single("b", 0, 4), single("c", 0, 4))
    theme = score(questionnaire, {"a": "o1", "c": "not-an-option"}).theme("t")
    assert (theme.percent, theme.applicable) == (100, 1)


def test_a_theme_with_nothing_answered_has_no_percent_and_no_level():
    result = score(one_theme(single("a", 0, 4), levels=LEVELS), {})
    assert result.theme("t").percent is None
    assert result.overall is None
    assert result.level is None


def test_a_yes_no_answer_may_be_a_boolean():
    yes_no = q.Question(
        "glazing", "?", q.YES_NO, theme="t", options=(q.Option("yes", "Yes", 2), q.Option("no", "No", 0))
    )
    assert score(one_theme(yes_no), {"glazing": True}).theme("t").percent == 100
    assert score(one_theme(yes_no), {"glazing": False}).theme("t").percent == 0


def test_multiple_choice_adds_points_up_to_the_cap(scan_md):
    shelters = {"outdoor_area": 100}
    five = score(
        scan_md, {**shelters, "shelters": ["bird_boxes", "bat_boxes", "swift_bricks", "insect_hotels", "dead_wood"]}
    )
    two = score(scan_md, {**shelters, "shelters": ["bird_boxes", "dead_wood"]})
    assert (five.theme("habitats").earned, five.theme("habitats").possible) == (4, 4)
    assert two.theme("habitats").percent == 50


def test_ticking_nothing_in_a_multiple_choice_is_an_answer_worth_nothing(scan_md):
    theme = score(scan_md, {"outdoor_area": 100, "shelters": []}).theme("habitats")
    assert (theme.percent, theme.applicable) == (0, 1)


def test_a_multiple_choice_answer_of_only_unknown_codes_is_no_answer(scan_md):
    theme = score(scan_md, {"outdoor_area": 100, "shelters": ["tree_house"]}).theme("habitats")
    assert (theme.percent, theme.applicable) == (None, 0)


@pytest.mark.parametrize(
    ("sealed_share", "points"),
    [
        (95, 0),
        (90, 0),
        (89.99, 1),
        (70, 1),
        (69, 2),
        (50, 2),
        (30, 3),
        (29.5, 4),
        (0, 4),
        (Decimal("75.5"), 1),
        ("40", 3),
    ],
)
def test_a_number_earns_the_points_of_its_band(scan_md, sealed_share, points):
    theme = score(scan_md, {"sealed_share": sealed_share}).theme("land_cover")
    assert (theme.earned, theme.possible) == (points, 4)


@pytest.mark.parametrize("garbage", [-5, "many", float("nan"), float("inf"), [50], True, None])
def test_a_number_that_is_not_a_plausible_number_is_no_answer(scan_md, garbage):
    theme = score(scan_md, {"sealed_share": garbage}).theme("land_cover")
    assert (theme.percent, theme.applicable) == (None, 0)


def test_a_number_above_the_largest_plausible_value_counts_as_that_value(scan_md):
    result = score(scan_md, {"sealed_share": 250, "total_area": 1000})
    assert result.theme("land_cover").earned == 0
    assert result.facts["sealed_share_pct"] == 100


def test_the_overall_score_is_the_weighted_mean_of_the_themes(scan_md):
    answers = {**OFFICE_TENANT, "policy": ["owner", "budget"], "supplier_requirements": "all"}  # 50 % and 100 %
    result = score(scan_md, answers)
    assert result.theme("governance").percent == 50
    assert result.theme("value_chain").percent == 100
    assert result.overall == pytest.approx((50 * 10 + 100 * 15) / 25)


def test_a_theme_with_nothing_applicable_is_left_out_of_the_overall_not_counted_as_zero():
    two = q.Questionnaire(
        themes=(q.Theme("a", "A", 10), q.Theme("b", "B", 30)),
        steps=(q.Step("s", "S", questions=(single("x", 0, 4, theme="a"), single("y", 0, 4, theme="b"))),),
    )
    result = score(two, {"x": "o1"})
    assert result.theme("b").percent is None
    assert result.overall == 100


# Branching -------------------------------------------------------------------------------------------------


def test_a_company_without_outdoor_space_gets_no_habitat_or_management_questions(scan_md):
    answers = best_answers(scan_md, OFFICE_TENANT)
    result = score(scan_md, answers)
    assert "meadow" not in answers
    assert [step.code for step in scan_md.applicable_steps(answers)] == [
        "land",
        "water",
        "connectivity",
        "value_chain",
        "governance",
        "buildings",
    ]
    assert (result.theme("habitats").percent, result.theme("habitats").applicable) == (None, 0)
    assert (result.theme("management").percent, result.theme("management").applicable) == (None, 0)
    assert result.overall == 100


def test_answers_left_behind_by_a_hidden_step_do_not_count(scan_md):
    stale = {**OFFICE_TENANT, "meadow": "none", "mowing": "weekly", "food_sourcing": []}
    result = score(scan_md, stale)
    assert result.theme("habitats").applicable == 0
    assert result.theme("management").applicable == 0
    assert result.theme("value_chain").applicable == 0


def test_a_condition_on_an_earlier_answer_hides_a_question():
    follow_up = single("b", 0, 4, condition="a = o1")
    questionnaire = q.Questionnaire(
        themes=(q.Theme("t", "T", 10),),
        steps=(q.Step("s1", "S1", questions=(single("a", 0, 4),)), q.Step("s2", "S2", questions=(follow_up,))),
    )
    assert score(questionnaire, {"a": "o0", "b": "o1"}).theme("t").applicable == 1
    assert score(questionnaire, {"a": "o1", "b": "o1"}).theme("t").applicable == 2


def test_food_and_finance_questions_only_count_for_food_and_finance_businesses(scan_md):
    plain = score(scan_md, {**OFFICE_TENANT, "food_sourcing": [], "finance_criteria": "none"})
    food_and_finance = score(
        scan_md,
        {**OFFICE_TENANT, "sells_food": "yes", "finances": "yes", "food_sourcing": [], "finance_criteria": "none"},
    )
    assert plain.theme("value_chain").applicable == 0
    assert food_and_finance.theme("value_chain").applicable == 2


# Levels, ladder, strongest and weakest ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("percent", "level"),
    [
        (0, "start"),
        (24, "start"),
        (25, "basis"),
        (49, "basis"),
        (50, "advanced"),
        (74, "advanced"),
        (75, "frontrunner"),
        (100, "frontrunner"),
    ],
)
def test_the_overall_score_places_the_company_on_a_level(percent, level):
    questionnaire = one_theme(single("a", *range(101)), levels=LEVELS)
    result = score(questionnaire, {"a": f"o{percent}"})
    assert result.overall == percent
    assert result.level.code == level


def test_the_ladder_follows_the_ladder_theme_and_else_the_overall_score(scan_md):
    governance_only = score(
        scan_md, {**OFFICE_TENANT, "action_plan": "all", "monitoring": "some", "supplier_requirements": "none"}
    )
    assert governance_only.theme("governance").percent == 75
    assert governance_only.ladder_step.code == "plan_and_monitoring"
    no_governance = score(scan_md, {**OFFICE_TENANT, "supplier_requirements": "some"})
    assert no_governance.theme("governance").percent is None
    assert no_governance.overall == 50
    assert no_governance.ladder_step.code == "first_measures"


def test_the_strongest_and_weakest_themes(scan_md):
    result = score(
        scan_md,
        {
            **OFFICE_TENANT,
            "action_plan": "all",
            "monitoring": "some",
            "supplier_requirements": "none",
            "rainwater": "partly_reused",
        },
    )
    assert result.strongest.code == "governance"
    assert result.weakest.code == "value_chain"


def test_with_a_single_scored_theme_there_is_no_weakest(scan_md):
    result = score(scan_md, {**OFFICE_TENANT, "action_plan": "all", "monitoring": "some"})
    assert result.strongest.code == "governance"
    assert result.weakest is None


# Facts ------------------------------------------------------------------------------------------------------


def test_facts_are_kept_apart_from_the_score(scan_md):
    answers = {**FACTORY, "sealed_share": 40, "near_natural_share": 25, "hedge_length": 120, "ponds": 3}
    assert score(scan_md, answers).facts == {
        "sealed_share_pct": 40,
        "near_natural_share_pct": 25,
        "hedge_m": 120,
        "ponds": 3,
        "sealed_m2": 8000,
        "near_natural_m2": 3000,
        "protected_area_nearby": 1,
    }


def test_facts_of_questions_that_do_not_apply_are_not_kept(scan_md):
    facts = score(scan_md, {**OFFICE_TENANT, "hedge_length": 120, "sealed_share": 100}).facts
    assert facts == {"sealed_share_pct": 100, "sealed_m2": 800, "protected_area_nearby": 0}


# Serialisation -----------------------------------------------------------------------------------------------


def test_a_score_survives_a_round_trip_through_json(scan_md):
    result = score(scan_md, best_answers(scan_md, FACTORY))
    data = json.loads(json.dumps(result.to_dict()))
    assert ScanScore.from_dict(data) == result
    assert data["level"]["code"] == "frontrunner"
    assert data["strongest"] in {theme["code"] for theme in data["themes"]}


def test_chosen_tags_are_those_of_the_applicable_chosen_options_and_bands(scan_md):
    answers = {**OFFICE_TENANT, "sealed_share": 80, "green_roofs": "none", "mowing": "weekly", "renovation": "yes"}
    assert chosen_tags(scan_md, answers) == {"sealed_high", "flat_roof_bare", "renovation_planned"}


# Properties over random questionnaires -------------------------------------------------------------------------


def reference_score(questionnaire, answers):
    """SCAN.md's rules written plainly on top of the questionnaire's own applicability: (percents, overall)."""
    earned = {theme.code: 0.0 for theme in questionnaire.themes}
    possible = dict.fromkeys(earned, 0.0)
    counted = dict.fromkeys(earned, 0)
    for step in questionnaire.applicable_steps(answers):
        for question in step.applicable_questions(answers):
            if question.theme not in earned or question.code not in answers:
                continue
            result = reference_question(question, answers[question.code])
            if result is not None and result[1] > 0:
                earned[question.theme] += result[0]
                possible[question.theme] += result[1]
                counted[question.theme] += 1
    percents = {
        code: min(100.0, max(0.0, 100 * earned[code] / possible[code])) if counted[code] else None for code in earned
    }
    weights = {theme.code: theme.weight for theme in questionnaire.themes}
    weighted = [(percents[code], weights[code]) for code in earned if percents[code] is not None and weights[code] > 0]
    total = sum(weight for _percent, weight in weighted)
    overall = sum(percent * weight for percent, weight in weighted) / total if total else None
    return percents, overall, counted


def reference_question(question, value):
    """(earned, possible) of one answer, or None when it is no answer or not applicable."""
    applicable = [option for option in question.options if not option.not_applicable]
    if question.kind == q.NUMBER:
        number = q.to_number(value) if not isinstance(value, bool | list | tuple | set | dict) else None
        if number is None or number != number or number in (float("inf"), float("-inf")) or number < 0:
            return None
        if question.maximum is not None:
            number = min(number, question.maximum)

        def points(x):
            return max((band.points for band in question.bands if band.contains(x)), default=0)

        # the strategy's bands start and end on EDGES, so every outcome shows at an edge or at the maximum
        grid = [x for x in EDGES if question.maximum is None or x <= question.maximum] + [question.maximum or 0]
        return points(number), max(points(x) for x in grid)
    if question.kind == q.MULTIPLE:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list | tuple | set | frozenset):
            return None
        chosen = [option for option in question.options if option.code in value]
        if value and not chosen:
            return None
        scored = [option.points for option in chosen if not option.not_applicable]
        if chosen and not scored:
            return None
        cap = question.cap if question.cap is not None else float("inf")
        return min(cap, sum(scored)), min(cap, sum(option.points for option in applicable if option.points > 0))
    if isinstance(value, bool):
        value = q.YES if value else q.NO
    option = question.option(value) if isinstance(value, str) else None
    if option is None or option.not_applicable:
        return None
    return option.points, max((option.points for option in applicable), default=0)


@PROPERTIES
@given(data=st.data())
def test_scores_agree_with_the_rules_written_plainly_and_stay_between_0_and_100(data):
    questionnaire = data.draw(questionnaires())
    answers = data.draw(answers_for(questionnaire))
    result = score(questionnaire, answers)
    percents, overall, counted = reference_score(questionnaire, answers)
    for theme in result.themes:
        assert theme.percent is None or 0 <= theme.percent <= 100
        assert theme.percent == pytest.approx(percents[theme.code], abs=1e-6)
        assert theme.applicable == counted[theme.code]
    assert result.overall is None or 0 <= result.overall <= 100
    assert result.overall == pytest.approx(overall, abs=1e-6)


@PROPERTIES
@given(data=st.data())
def test_the_best_answers_score_100_for_every_theme_that_has_something_applicable(data):
    questionnaire = data.draw(questionnaires())
    answers = best_answers(questionnaire, data.draw(intake_answers()))
    result = score(questionnaire, answers)
    _percents, _overall, counted = reference_score(questionnaire, answers)
    for theme in result.themes:
        assert theme.percent == (100 if counted[theme.code] else None)
    assert result.overall in (None, 100)
    if any(theme.percent is not None and theme.weight > 0 for theme in result.themes):
        assert result.overall == 100


@PROPERTIES
@given(data=st.data())
def test_the_worst_answers_score_0_when_every_worst_answer_is_worth_nothing(data):
    questionnaire = data.draw(questionnaires(zero_worst=True, negative=False))
    result = score(questionnaire, worst_answers(questionnaire, data.draw(intake_answers())))
    assert all(theme.percent in (None, 0) for theme in result.themes)
    assert result.overall in (None, 0)


def improvable_pairs(question):
    applicable = [option for option in question.options if not option.not_applicable]
    return [(worse, better) for worse in applicable for better in applicable if worse.points < better.points]


@PROPERTIES
@given(data=st.data())
def test_a_better_option_never_lowers_its_themes_score(data):
    questionnaire = data.draw(questionnaires(question_conditions=False))
    candidates = [
        question
        for question in questionnaire.questions
        if question.theme and question.kind != q.NUMBER and improvable_pairs(question)
    ]
    assume(candidates)
    question = data.draw(st.sampled_from(candidates))
    worse, better = data.draw(st.sampled_from(improvable_pairs(question)))
    answers = data.draw(answers_for(questionnaire, garbage=False))
    if question.kind == q.MULTIPLE:
        others = [option.code for option in question.options if option not in (worse, better)]
        kept = data.draw(st.lists(st.sampled_from(others), unique=True)) if others else []
        before_answer, after_answer = [*kept, worse.code], [*kept, better.code]
    else:
        before_answer, after_answer = worse.code, better.code
    before = score(questionnaire, {**answers, question.code: before_answer}).theme(question.theme).percent
    after = score(questionnaire, {**answers, question.code: after_answer}).theme(question.theme).percent
    assert (before is None) == (after is None)
    if before is not None:
        assert after >= before


@PROPERTIES
@given(data=st.data())
def test_a_higher_number_band_never_lowers_its_themes_score(data):
    questionnaire = data.draw(questionnaires(question_conditions=False))
    numbers = [question for question in questionnaire.questions if question.theme and question.kind == q.NUMBER]
    assume(numbers)
    question = data.draw(st.sampled_from(numbers))
    answers = data.draw(answers_for(questionnaire, garbage=False))
    low, high = sorted(data.draw(st.lists(st.integers(0, 1001), min_size=2, max_size=2)))

    def band_points(value):
        value = min(value, question.maximum) if question.maximum is not None else value
        return max((band.points for band in question.bands if band.contains(value)), default=0)

    worse, better = sorted([low, high], key=band_points)
    before = score(questionnaire, {**answers, question.code: worse}).theme(question.theme).percent
    after = score(questionnaire, {**answers, question.code: better}).theme(question.theme).percent
    assert (before is None) == (after is None)
    if before is not None:
        assert after >= before


@PROPERTIES
@given(data=st.data())
def test_scoring_is_deterministic_and_survives_json(data):
    questionnaire = data.draw(questionnaires())
    answers = data.draw(answers_for(questionnaire))
    first, second = score(questionnaire, answers), score(questionnaire, dict(reversed(list(answers.items()))))
    assert first == second
    assert ScanScore.from_dict(json.loads(json.dumps(first.to_dict(), allow_nan=False))) == first


@PROPERTIES
@given(data=st.data())
def test_a_theme_with_nothing_applicable_does_not_change_the_overall(data):
    questionnaire = data.draw(questionnaires())
    answers = data.draw(answers_for(questionnaire))
    extra = q.Theme("unused", "Unused", data.draw(st.sampled_from([1, 10, 50])))
    hidden = single("never", 0, 4, theme="unused", condition="sector = never")
    wider = q.Questionnaire(
        themes=(*questionnaire.themes, extra),
        steps=(*questionnaire.steps, q.Step("hidden", "Hidden", questions=(hidden,))),
        levels=questionnaire.levels,
        ladder=questionnaire.ladder,
        ladder_theme=questionnaire.ladder_theme,
    )
    result = score(wider, {**answers, "never": "o0"})
    assert result.theme("unused").percent is None
    assert result.overall == score(questionnaire, answers).overall


@PROPERTIES
@given(
    condition=st.sampled_from(
        [*INTAKE_CONDITIONS, "outdoor_area = 0", "borders != water", "sells_food != no", "staff <= 3"]
    ),
    answers=st.one_of(
        intake_answers(), st.dictionaries(st.sampled_from(["outdoor_area", "borders", "sells_food", "staff"]), GARBAGE)
    ),
)
def test_compiled_conditions_hold_exactly_when_the_questionnaires_conditions_do(condition, answers):
    parsed = q.Condition.parse(condition)
    assert compile_condition(parsed)(answers) == parsed.holds(answers)


# The default questionnaire (scan.defaults) -------------------------------------------------------------------


@pytest.fixture(scope="module")
def default_questionnaire():
    from scan.defaults import default_questionnaire

    return default_questionnaire()


def test_the_default_questionnaires_best_answers_score_100_and_worst_0(default_questionnaire):
    best = score(default_questionnaire, best_answers(default_questionnaire, {**FACTORY, "flat_roofs": "yes"}))
    worst = score(default_questionnaire, worst_answers(default_questionnaire, {**FACTORY, "flat_roofs": "yes"}))
    assert [theme.percent for theme in best.themes] == [100] * 7
    assert [theme.percent for theme in worst.themes] == [0] * 7
    assert (best.level.code, worst.level.code) == ("frontrunner", "start")


def test_an_office_tenant_is_judged_on_what_it_can_act_on(default_questionnaire):
    result = score(default_questionnaire, best_answers(default_questionnaire, OFFICE_TENANT))
    assert result.theme("habitats").applicable == 0
    assert result.theme("management").applicable == 1  # bird-safe glazing: a question of the buildings step
    assert result.overall == 100


@PROPERTIES
@given(
    minima=st.lists(st.sampled_from([0, 10, 25, 25, 50, 75, 100]), max_size=5),
    value=st.one_of(st.floats(-10, 110), st.sampled_from([0, 25, 50, 75, 100])),
)
def test_levels_and_ladder_steps_are_placed_as_the_questionnaire_places_them(minima, value):
    levels = tuple(q.Level(f"level{index}", "Level", minimum) for index, minimum in enumerate(minima))
    ladder = tuple(q.LadderStep(f"step{index}", "Step", minimum) for index, minimum in enumerate(minima))
    questionnaire = q.Questionnaire(levels=levels, ladder=ladder)
    plan = compiled(questionnaire)
    assert reached(plan.levels, value) == questionnaire.level_for(value)
    assert reached(plan.ladder, value) == questionnaire.ladder_step_for(value)


def test_the_order_of_a_multiple_choice_answer_does_not_matter(scan_md):
    shelters = ["dead_wood", "bird_boxes", "bat_boxes"]
    forwards = score(scan_md, {"outdoor_area": 100, "shelters": shelters})
    backwards = score(scan_md, {"outdoor_area": 100, "shelters": list(reversed(shelters))})
    assert forwards == backwards
