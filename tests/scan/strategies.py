"""Hypothesis strategies: random valid questionnaires, and random answers to them, garbage included."""

from decimal import Decimal
from functools import lru_cache

from hypothesis import strategies as st

from scan import questionnaire as q

INTAKE_CONDITIONS = [
    "outdoor_area > 0",
    "outdoor_area >= 500",
    "total_area > 1000",
    "parking_area > 0",
    "sells_food = yes",
    "finances = yes",
    "buys_risky_commodities = yes",
    "primary_production = no",
    "borders = water",
    "borders != nature",
    "tenure = tenant",
    "sector = c",
    "outdoor_area > 0 and sells_food = yes",
]
TAGS = ["sealed_high", "rain_to_sewer", "weekly_mowing", "pesticides", "no_meadow", "no_shelters", "hedge_short"]
BORDERS = ["nature", "water", "infrastructure", "farmland", "housing"]
COMMODITIES = ["timber", "soy", "palm_oil", "cocoa", "coffee", "beef", "leather", "paper"]
EDGES = [0, 1, 10, 30, 50, 70, 90, 100, 500, 1000]

GARBAGE = st.sampled_from(
    [
        "",
        "nonsense",
        "12",
        "-3",
        "NaN",
        "inf",
        "1e400",
        -5,
        -0.5,
        3.5,
        10**30,
        10**400,
        -(10**400),
        float("nan"),
        float("inf"),
        float("-inf"),
        Decimal("NaN"),
        Decimal("-2"),
        True,
        False,
        [],
        ["nonsense"],
        [1, 2],
        [["nested"]],
        {"x": 1},
        ("a",),
        {"o0"},
    ]
)


# Strategies are built once: building one inside a draw costs more than the draw itself.
POINTS = [0, 1, 2, 3, 4, 0.5, 1.25, 10]
NEGATIVE_POINTS = [-1, -2.5]
TAG_LISTS = st.lists(st.sampled_from(TAGS), max_size=2, unique=True)
KINDS = [q.SINGLE, q.MULTIPLE, q.NUMBER, q.YES_NO]
MAXIMA = [None, None, 100.0, 1000.0, 50.0]
FACTS = ["", "", "hedge_m", "sealed_share_pct", "near_natural_share_pct"]
CAPS = [None, None, 1, 2, 4, 0]
WEIGHTS = [0, 5, 10, 10, 15, 20, 2.5]


@lru_cache
def _index(size):
    return st.integers(0, size - 1)


def pick(draw, values):
    """One of ``values`` (a list), drawn with a cached strategy."""
    return values[draw(_index(len(values)))]


def chance(draw, one_in):
    return draw(_index(one_in)) == 0


def point_value(draw, negative):
    return pick(draw, POINTS + NEGATIVE_POINTS if negative else POINTS)


@st.composite
def options(draw, kind, zero_worst, negative):
    codes = [q.YES, q.NO] if kind == q.YES_NO else [f"o{index}" for index in range(1 + draw(_index(5)))]
    result = []
    for code in codes:
        not_applicable = kind != q.YES_NO and len(codes) > 1 and chance(draw, 8)
        tags = tuple(draw(TAG_LISTS))
        result.append(q.Option(code, code.upper(), point_value(draw, negative), tags, not_applicable))
    if zero_worst and kind != q.MULTIPLE:
        # the worst valid option is worth 0: the first one that is applicable gets 0 points
        first = next((index for index, option in enumerate(result) if not option.not_applicable), 0)
        option = result[first]
        result[first] = q.Option(option.code, option.label, 0, option.tags, False)
    return tuple(result)


@st.composite
def bands(draw, zero_worst, negative):
    result = []
    for _ in range(1 + draw(_index(4))):
        minimum = pick(draw, EDGES[1:] if zero_worst else EDGES)  # zero_worst: 0 lies in no band and scores 0
        maximum = pick(draw, [None, *(edge for edge in EDGES if edge > minimum)])
        tags = (pick(draw, TAGS),) if chance(draw, 2) else ()
        result.append(
            q.Band(float(minimum), None if maximum is None else float(maximum), point_value(draw, negative), tags)
        )
    return tuple(result)


@st.composite
def questions(draw, code, theme_codes, earlier, zero_worst, negative, question_conditions):
    kind = pick(draw, KINDS)
    theme = pick(draw, [*theme_codes, ""]) if chance(draw, 6) else pick(draw, theme_codes)
    condition = None
    roll = draw(_index(6))
    if roll == 0:
        condition = q.Condition.parse(pick(draw, INTAKE_CONDITIONS))
    elif roll == 1 and question_conditions and earlier:
        other = pick(draw, earlier)
        value = pick(draw, [option.code for option in other.options] or ["10"])
        operator = ">" if other.kind == q.NUMBER else "="
        condition = q.Condition.parse(f"{other.code} {operator} {value}")
    if kind == q.NUMBER:
        return q.Question(
            code,
            f"Question {code}?",
            kind,
            theme=theme,
            bands=draw(bands(zero_worst, negative)),
            maximum=pick(draw, MAXIMA),
            condition=condition,
            fact=pick(draw, FACTS),
            unit="m",
        )
    return q.Question(
        code,
        f"Question {code}?",
        kind,
        theme=theme,
        options=draw(options(kind, zero_worst, negative)),
        cap=pick(draw, CAPS) if kind == q.MULTIPLE else None,
        condition=condition,
    )


@st.composite
def questionnaires(draw, zero_worst=False, negative=True, question_conditions=True):
    """A questionnaire that ``validate`` would accept (codes unique, themes known, conditions on earlier answers)."""
    theme_codes = [f"t{index}" for index in range(1 + draw(_index(4)))]
    themes = tuple(q.Theme(code, f"Theme {code}", pick(draw, WEIGHTS)) for code in theme_codes)
    steps, earlier, number = [], [], 0
    for step_index in range(1 + draw(_index(3))):
        in_step = []
        for _ in range(1 + draw(_index(4))):
            in_step.append(
                draw(questions(f"q{number}", theme_codes, list(earlier), zero_worst, negative, question_conditions))
            )
            number += 1
        condition = q.Condition.parse(pick(draw, INTAKE_CONDITIONS)) if chance(draw, 4) else None
        steps.append(q.Step(f"s{step_index}", f"Step {step_index}", condition=condition, questions=tuple(in_step)))
        earlier += in_step
    levels = (
        q.Level("start", "Start", 0),
        q.Level("basis", "Basis", 25),
        q.Level("advanced", "Advanced", 50),
        q.Level("frontrunner", "Frontrunner", 75),
    )
    ladder = (q.LadderStep("aware", "Aware", 0), q.LadderStep("plan", "Plan", 50))
    return q.Questionnaire(
        themes=themes, steps=tuple(steps), levels=levels, ladder=ladder, ladder_theme=pick(draw, theme_codes)
    )


YES_NO_VALUES = [q.YES, q.NO, True, False, None, "maybe"]
AREAS = st.one_of(st.none(), st.integers(0, 5000), st.sampled_from([0, 499, 500, 1200]))
GARBAGE_AREAS = st.one_of(AREAS, GARBAGE)
BORDER_LISTS = st.lists(st.sampled_from(BORDERS), unique=True, max_size=3)
COMMODITY_LISTS = st.lists(st.sampled_from(COMMODITIES), unique=True, max_size=3)
NUMBERS = st.one_of(
    st.integers(0, 2000), st.sampled_from(EDGES), st.floats(0, 1000, allow_nan=False), st.decimals(0, 1000, places=2)
)


@st.composite
def intake_answers(draw, garbage=True):
    area = GARBAGE_AREAS if garbage else AREAS
    answers = {
        "total_area": draw(area),
        "outdoor_area": draw(area),
        "parking_area": draw(area),
        "borders": draw(BORDER_LISTS),
        "sells_food": pick(draw, YES_NO_VALUES),
        "finances": pick(draw, YES_NO_VALUES),
        "buys_risky_commodities": pick(draw, YES_NO_VALUES),
        "risky_commodities": draw(COMMODITY_LISTS),
        "primary_production": pick(draw, YES_NO_VALUES),
        "tenure": pick(draw, ["owner", "tenant", None]),
        "sector": pick(draw, ["c", "g", "a", None]),
    }
    return {name: value for name, value in answers.items() if value is not None or chance(draw, 2)}


def valid_answer(draw, question):
    if question.kind == q.NUMBER:
        return draw(NUMBERS)
    codes = [option.code for option in question.options]
    if question.kind == q.MULTIPLE:
        return [code for code in codes if chance(draw, 2)]
    return pick(draw, codes)


@st.composite
def answers_for(draw, questionnaire, garbage=True):
    """Intake plus an answer (valid, missing, or with ``garbage`` any junk) to each question of the questionnaire."""
    answers = draw(intake_answers(garbage))
    for question in questionnaire.questions:
        roll = draw(_index(10))
        if roll == 0:
            continue
        if roll == 1 and garbage:
            answers[question.code] = draw(GARBAGE)
        else:
            answers[question.code] = valid_answer(draw, question)
    if garbage and chance(draw, 10):
        answers[pick(draw, ["unknown", "q99", "borders"])] = draw(GARBAGE)
    return answers
