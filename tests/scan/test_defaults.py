"""The default questionnaire (scan.defaults): SCAN.md's content in four languages, valid and scorable as shipped."""

from collections import Counter

import pytest

from scan import defaults, questionnaire, scoring
from scan.blocks import QuestionnaireBlock
from scan.models import ScanPage

TRANSLATIONS = [language for language in defaults.LANGUAGES if language != "en"]
SCAN_MD_WEIGHTS = {
    "land_cover": 15,
    "habitats": 20,
    "management": 20,
    "water": 10,
    "connectivity": 10,
    "value_chain": 15,
    "governance": 10,
}
# The option tags scan.matching's default rules rely on (SCAN.md's matching table).
MATCHING_TAGS = {
    "sealed_high",
    "rain_to_sewer",
    "weekly_mowing",
    "pesticides",
    "no_meadow",
    "no_shelters",
    "flat_roof_bare",
    "much_glazing",
    "renovation_planned",
    "hedge_short",
    "low_certified",
}
# A company for which every question applies.
FULL_PROFILE = {
    "total_area": 20000,
    "built_area": 6000,
    "outdoor_area": 12000,
    "parking_area": 2000,
    "borders": ["water", "infrastructure"],
    "buys_risky_commodities": "yes",
    "sells_food": "yes",
    "finances": "yes",
    "flat_roofs": "yes",
}
OFFICE_TENANT = {"total_area": 900, "built_area": 900, "outdoor_area": 0, "parking_area": 0, "borders": ["housing"]}
TEXT_FIELDS = {"text", "help_text", "label", "name", "description", "title", "intro", "unit", "reason"}


def streams(language):
    return {
        "questionnaire": defaults.questionnaire_stream(language),
        "levels": defaults.levels_stream(language),
        "ladder": defaults.ladder_stream(language),
        "tag_reasons": defaults.tag_reasons_stream(language),
    }


def without_texts(value):
    """The stream with every translatable text blanked: what must be identical in every language."""
    if isinstance(value, list):
        return [without_texts(item) for item in value]
    if isinstance(value, dict):
        return {
            key: "" if key in TEXT_FIELDS else without_texts(item)
            for key, item in value.items()
            if key != "advice"  # a list of plain texts
        }
    return value


def texts(value, field_names):
    """(block id path, text) of the named text fields, in stream order."""
    found = []

    def walk(node, path):
        if isinstance(node, list):
            for item in node:
                walk(item, path + (item.get("id", ""),) if isinstance(item, dict) else path)
        elif isinstance(node, dict):
            for key, item in node.items():
                if key in field_names and isinstance(item, str):
                    found.append(((*path, key), item))
                elif key == "advice" and "advice" in field_names:
                    found.extend(((*path, "advice", entry["id"]), entry["value"]) for entry in item)
                else:
                    walk(item, path)

    walk(value, ())
    return found


def block_ids(value):
    if isinstance(value, list):
        return [block_id for item in value for block_id in block_ids(item)]
    if isinstance(value, dict):
        own = [value["id"]] if "id" in value and "type" in value else []
        return own + [block_id for key, item in value.items() if key != "id" for block_id in block_ids(item)]
    return []


@pytest.mark.parametrize("language", defaults.LANGUAGES)
def test_the_default_questionnaire_validates_in_every_language(language):
    raw = defaults.questionnaire_stream(language)
    levels, ladder = defaults.levels_stream(language), defaults.ladder_stream(language)

    assert questionnaire.validate(raw, levels, ladder) == []
    assert questionnaire.validate(QuestionnaireBlock().to_python(raw), levels, ladder) == []


@pytest.mark.parametrize("language", defaults.LANGUAGES)
def test_the_scan_page_fields_accept_the_streams_and_keep_their_block_ids(language):
    for name, raw in streams(language).items():
        block = ScanPage._meta.get_field(name).stream_block
        assert {item["type"] for item in raw} <= set(block.child_blocks), name
        value = block.to_python(raw)
        assert block.get_prep_value(value) == block.get_prep_value(block.to_python(block.get_prep_value(value)))
        assert block_ids(block.get_prep_value(value)) == block_ids(raw), name


@pytest.mark.parametrize("language", defaults.LANGUAGES)
def test_default_questionnaire_is_what_a_page_with_the_streams_would_build(language):
    built = defaults.default_questionnaire(language)
    from_blocks = questionnaire.build(
        QuestionnaireBlock().to_python(defaults.questionnaire_stream(language)),
        defaults.levels_stream(language),
        defaults.ladder_stream(language),
        defaults.tag_reasons_stream(language),
        ladder_theme=defaults.LADDER_THEME,
    )

    assert built == from_blocks
    assert built.ladder_theme == "governance"


def test_there_are_at_least_35_scored_questions_and_every_theme_has_some():
    scored = [question for question in defaults.default_questionnaire().questions if question.scored]
    per_theme = Counter(question.theme for question in scored)

    assert len(scored) >= 35
    assert set(per_theme) == set(SCAN_MD_WEIGHTS)
    assert min(per_theme.values()) >= 3


def test_the_seven_themes_carry_scan_md_weights():
    themes = defaults.default_questionnaire().themes

    assert {theme.code: theme.weight for theme in themes} == SCAN_MD_WEIGHTS
    assert all(3 <= len(theme.advice) <= 4 for theme in themes)


def test_levels_and_ladder_have_scan_md_thresholds():
    definition = defaults.default_questionnaire()

    assert [(level.code, level.name, level.minimum) for level in definition.levels] == [
        ("start", "Start", 0),
        ("basis", "Basis", 25),
        ("advanced", "Advanced", 50),
        ("frontrunner", "Frontrunner", 75),
    ]
    assert [(step.code, step.minimum) for step in definition.ladder] == [
        ("aware", 0),
        ("inventoried", 20),
        ("first_measures", 40),
        ("plan_and_monitoring", 60),
        ("embedded_and_reported", 80),
    ]
    assert all(level.description for level in definition.levels)
    assert all(step.name and step.description for step in definition.ladder)


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_codes_points_tags_and_conditions_are_the_same_in_every_language(language):
    for name, raw in streams(language).items():
        assert without_texts(raw) == without_texts(streams("en")[name]), name


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_every_sentence_and_label_is_translated(language):
    # Names may coincide ("Habitats", "Start", "Basis") and units do ("%", "m"); sentences and labels may not.
    fields = {"text", "help_text", "label", "description", "title", "intro", "reason", "advice"}
    english = dict(texts(list(streams("en").values()), fields))
    translated = dict(texts(list(streams(language).values()), fields))

    assert translated.keys() == english.keys()
    untranslated = [path for path, text in translated.items() if text and text == english[path]]
    assert untranslated == []
    assert all(bool(text) == bool(english[path]) for path, text in translated.items())


def test_block_ids_are_unique_and_the_same_in_every_language():
    for name in streams("en"):
        ids = block_ids(streams("en")[name])
        assert len(ids) == len(set(ids)), name
        for language in TRANSLATIONS:
            assert block_ids(streams(language)[name]) == ids, (name, language)


def test_a_company_without_outdoor_space_skips_the_habitat_and_management_steps():
    definition = defaults.default_questionnaire()
    steps = [step.code for step in definition.applicable_steps(OFFICE_TENANT)]
    questions = [question.code for step in definition.steps for question in step.applicable_questions(OFFICE_TENANT)]

    assert "habitats_step" not in steps
    assert "management_step" not in steps
    assert {"value_chain_step", "governance_step"} <= set(steps)
    for code in ("near_natural_share", "fences", "green_links", "fauna_passages"):
        assert code not in questions


@pytest.mark.parametrize(
    ("question", "condition", "answer"),
    [
        ("food_sourcing", "sells_food", "yes"),
        ("finance_criteria", "finances", "yes"),
        ("commodities_mapped", "buys_risky_commodities", "yes"),
        ("certified_share", "buys_risky_commodities", "yes"),
        ("natural_banks", "borders", ["water"]),
        ("green_roofs", "flat_roofs", "yes"),
    ],
)
def test_questions_that_depend_on_the_profile_are_asked_only_when_it_fits(question, condition, answer):
    asked = defaults.default_questionnaire().question(question)
    profile = {**FULL_PROFILE, condition: answer}

    assert asked.applies(profile)
    assert not asked.applies({**profile, condition: "no" if isinstance(answer, str) else ["housing"]})


def test_every_tag_has_a_reason_in_every_language():
    used = set(defaults.option_tags())
    for language in defaults.LANGUAGES:
        definition = defaults.default_questionnaire(language)
        reasons = {item.code: item.reason for item in definition.tag_reasons}
        assert set(reasons) == used, language
        assert all(reasons.values()), language


def test_the_matching_table_tags_are_carried_by_options():
    carriers = defaults.option_tags()

    assert set(carriers) >= MATCHING_TAGS
    assert carriers["sealed_high"] == [("sealed_share", "70–90"), ("sealed_share", "90–")]
    assert carriers["hedge_short"] == [("hedges", "0–1"), ("hedges", "1–50")]
    assert ("certified_share", "under_10") in carriers["low_certified"]
    assert carriers["no_shelters"] == [("shelters", "none")]
    assert carriers["renovation_planned"] == [("renovation_planned", "yes")]


def test_choosing_a_tagged_option_gives_its_tag():
    definition = defaults.default_questionnaire()
    for tag, found in defaults.option_tags().items():
        for question_code, choice in found:
            question = definition.question(question_code)
            if question.kind == questionnaire.NUMBER:
                answer = float(choice.split("–")[0])
            elif question.kind == questionnaire.MULTIPLE:
                answer = [choice]
            else:
                answer = choice
            assert tag in scoring.chosen_tags(definition, {**FULL_PROFILE, question_code: answer}), (tag, choice)


def test_the_best_answers_score_100_in_every_theme_and_the_worst_0():
    definition = defaults.default_questionnaire()
    best = scoring.score(definition, scoring.best_answers(definition, FULL_PROFILE))
    worst = scoring.score(definition, scoring.worst_answers(definition, FULL_PROFILE))

    assert best.percents == dict.fromkeys(SCAN_MD_WEIGHTS, 100.0)
    assert worst.percents == dict.fromkeys(SCAN_MD_WEIGHTS, 0.0)
    assert best.level.code == "frontrunner"
    assert worst.level.code == "start"


def test_scan_md_points_are_kept():
    definition = defaults.default_questionnaire()

    def points(code):
        question = definition.question(code)
        if question.kind == questionnaire.NUMBER:
            return [(band.minimum, band.maximum, band.points) for band in question.bands]
        return {option.code: option.points for option in question.options if not option.not_applicable}

    assert points("sealed_share") == [(0, 30, 4), (30, 50, 3), (50, 70, 2), (70, 90, 1), (90, None, 0)]
    assert points("near_natural_share") == [(0, 10, 0), (10, 30, 2), (30, None, 4)]
    assert points("hedges") == [(0, 1, 0), (1, 50, 1), (50, 200, 2), (200, None, 3)]
    assert points("ponds") == [(0, 1, 0), (1, 2, 2), (2, None, 4)]
    assert points("green_roofs") == {"none": 0, "under_25": 1, "quarter_to_half": 2, "over_half": 4}
    assert points("pesticides") == {"routinely": 0, "spot": 1, "never": 4}
    assert points("certified_share") == {"under_10": 0, "from_10_to_50": 2, "over_50": 3, "all": 4, "unknown": 0}
    assert points("fences") == {"closed": 0, "partly": 2, "permeable": 3, "no_fence": 3}
    shelters = definition.question("shelters")
    assert shelters.cap == 4
    assert sorted(option.points for option in shelters.options) == [0, 1, 1, 1, 1, 1]


def test_number_questions_have_a_unit_a_maximum_a_fact_and_gapless_bands():
    for question in defaults.default_questionnaire().questions:
        if question.kind != questionnaire.NUMBER:
            continue
        assert question.unit and question.maximum and question.fact, question.code
        edges = [(band.minimum, band.maximum) for band in question.bands]
        assert edges[0][0] == 0 and edges[-1][1] is None, question.code
        assert all(high == low for (_, high), (low, _) in zip(edges, edges[1:], strict=False)), question.code


def test_multiple_choice_questions_have_a_cap_and_a_none_option():
    for question in defaults.default_questionnaire().questions:
        if question.kind == questionnaire.MULTIPLE:
            assert question.cap == 4, question.code
            assert question.option("none") is not None and question.option("none").points == 0, question.code
