"""Scoring a scan: a pure function of (questionnaire, answers) to theme scores, overall score, level, ladder and facts.

The rules (SCAN.md): a theme scores ``100 × earned ÷ possible`` over the questions of that theme that applied.
A question leaves the denominator when it does not apply (its condition or its step's condition is false), when
it is unanswered or its answer is not valid, when the chosen option is "not applicable", or when it cannot earn
anything (its best answer is worth 0 points). The overall score is the weight-weighted mean of the themes that
have a score; a theme with nothing applicable is left out, never counted as zero.

Per question kind:

- single choice and yes/no: earned = the chosen option's points; possible = the most points of any option that is
  not "not applicable" (a ``True``/``False`` answer counts as "yes"/"no");
- multiple choice: earned = the chosen options' points added up, at most ``cap``; possible = the positive points of
  all options added up, at most ``cap``. An empty list is an answer ("none of these") worth 0; options marked "not
  applicable" are ignored, and choosing only such options leaves the question out;
- number: earned = the points of the band containing the value (the best one if bands overlap; 0 if none);
  possible = the most points of any band. A value that is not a finite number ≥ 0 is not an answer; a value above
  the question's largest plausible value counts as that value.

Answers are a dict ``{code: value}`` holding the company profile (``INTAKE_FIELDS``) and the question answers.
Unknown codes, values of the wrong type and other garbage are ignored, never an error. Which questions apply is
decided as ``Questionnaire.applicable_steps`` and ``Step.applicable_questions`` decide it.

A ``ScanScore`` also holds the level (``Questionnaire.level_for`` of the overall score; None when no theme has a
score), the ladder step (``ladder_step_for`` the ladder theme's percent, else the overall score), the strongest and
weakest themes (ties: the heavier theme; no weakest when none scores below the strongest), and facts kept apart
from the score: the number answered to each applicable question with a fact code, plus ``sealed_m2`` (total area ×
sealed_share_pct), ``near_natural_m2`` (outdoor area × near_natural_share_pct) and ``protected_area_nearby`` (1 when
the site borders a nature area, 0 when the borders were given without one).

The questionnaire is compiled once (``compiled``) and scoring runs at tens of thousands of scans a second.
"""

import math
from dataclasses import dataclass, field

from scan.questionnaire import MULTIPLE, NUMBER, LadderStep, Level
from scan.scoring.compiled import as_number, compile_condition, compiled, number_candidates, reached

__all__ = [
    "ScanScore",
    "ThemeScore",
    "best_answers",
    "chosen_tags",
    "compile_condition",
    "compiled",
    "score",
    "worst_answers",
]

# Facts derived from other facts and the company profile (SCAN.md: "facts kept apart from the score").
SEALED_SHARE_FACT = "sealed_share_pct"
NEAR_NATURAL_SHARE_FACT = "near_natural_share_pct"
PROTECTED_AREA_BORDER = "nature"
PERCENT_DIGITS = 6  # rounding keeps 74.99999999999999 from falling a level below 75


@dataclass(frozen=True)
class ThemeScore:
    code: str
    name: str
    weight: float
    earned: float
    possible: float
    percent: float | None  # None: nothing in this theme applied
    applicable: int  # the questions that counted in the denominator

    def to_dict(self):
        return {
            "code": self.code,
            "name": self.name,
            "weight": self.weight,
            "earned": self.earned,
            "possible": self.possible,
            "percent": self.percent,
            "applicable": self.applicable,
        }

    @classmethod
    def from_dict(cls, data):
        percent = data.get("percent")
        return cls(
            code=str(data.get("code", "")),
            name=str(data.get("name", "")),
            weight=float(data.get("weight") or 0),
            earned=float(data.get("earned") or 0),
            possible=float(data.get("possible") or 0),
            percent=None if percent is None else float(percent),
            applicable=int(data.get("applicable") or 0),
        )


@dataclass(frozen=True)
class ScanScore:
    themes: tuple[ThemeScore, ...] = ()
    overall: float | None = None
    level: Level | None = None
    ladder_step: LadderStep | None = None
    strongest: ThemeScore | None = None
    weakest: ThemeScore | None = None  # None when no theme scores below the strongest
    facts: dict = field(default_factory=dict)

    def theme(self, code):
        return next((theme for theme in self.themes if theme.code == code), None)

    def percent(self, code):
        """The theme's percent, or None (unknown theme, or nothing applied)."""
        theme = self.theme(code)
        return None if theme is None else theme.percent

    @property
    def percents(self):
        return {theme.code: theme.percent for theme in self.themes}

    def to_dict(self):
        """Plain JSON-ready data; ``ScanScore.from_dict`` gives an equal object back."""
        return {
            "themes": [theme.to_dict() for theme in self.themes],
            "overall": self.overall,
            "level": _step_dict(self.level),
            "ladder_step": _step_dict(self.ladder_step),
            "strongest": self.strongest.code if self.strongest else None,
            "weakest": self.weakest.code if self.weakest else None,
            "facts": dict(self.facts),
        }

    @classmethod
    def from_dict(cls, data):
        themes = tuple(ThemeScore.from_dict(item) for item in data.get("themes") or ())
        by_code = {theme.code: theme for theme in themes}
        overall = data.get("overall")
        return cls(
            themes=themes,
            overall=None if overall is None else float(overall),
            level=_step_from_dict(Level, data.get("level")),
            ladder_step=_step_from_dict(LadderStep, data.get("ladder_step")),
            strongest=by_code.get(data.get("strongest")),
            weakest=by_code.get(data.get("weakest")),
            facts={str(code): float(value) for code, value in (data.get("facts") or {}).items()},
        )


def _step_dict(step):
    if step is None:
        return None
    return {"code": step.code, "name": str(step.name), "minimum": step.minimum, "description": str(step.description)}


def _step_from_dict(kind, data):
    if not data:
        return None
    return kind(
        str(data.get("code", "")),
        str(data.get("name", "")),
        float(data.get("minimum") or 0),
        str(data.get("description", "")),
    )


# Scoring ----------------------------------------------------------------------------------------------------


def score(questionnaire, answers):
    """The ScanScore of these answers (intake and questions in one dict)."""
    plan = compiled(questionnaire)
    answers = answers if isinstance(answers, dict) else {}
    count = len(plan.themes)
    earned, possible, applicable = [0.0] * count, [0.0] * count, [0] * count
    facts = {}
    get = answers.get
    held = [predicate(answers) for predicate in plan.predicates]
    for step_condition, rows in plan.rows:
        if step_condition >= 0 and not held[step_condition]:
            continue
        for code, condition, simple, theme, options, question_possible, question in rows:
            if condition >= 0 and not held[condition]:
                continue
            value = get(code)
            if value is None:
                continue
            if simple and value.__class__ is str:
                # the common case, inline: an option code of a single-choice or yes/no question
                if theme < 0:
                    continue
                choice = options.get(value)
                if choice is None or choice.not_applicable:
                    continue
                points = choice.points
            else:
                resolved = question.resolve(value)
                if resolved is None:
                    continue
                points, _chosen, number = resolved
                if number is not None and question.fact:
                    facts[question.fact] = number
                if points is None:
                    continue
            earned[theme] += points
            possible[theme] += question_possible
            applicable[theme] += 1
    if facts or "borders" in answers:
        _derive_facts(facts, answers)

    themes = []
    weighted = total_weight = 0.0
    strongest = weakest = None
    weights, names = plan.weights, plan.theme_names
    for position, theme in enumerate(plan.themes):
        percent = None
        weight = weights[position]
        theme_earned, theme_possible = earned[position], possible[position]
        if applicable[position] and theme_possible > 0:
            percent = _tidy(min(100.0, max(0.0, 100.0 * theme_earned / theme_possible)))
            if weight > 0:
                weighted += percent * weight
                total_weight += weight
        result = ThemeScore(
            theme.code,
            names[position],
            weight,
            _tidy(theme_earned),
            _tidy(theme_possible),
            percent,
            applicable[position],
        )
        themes.append(result)
        if percent is not None:
            # Ties: the heavier theme is the strongest, and the weakest too (its gap matters most); then order.
            if strongest is None or (percent, weight) > (strongest.percent, strongest.weight):
                strongest = result
            if weakest is None or (percent, -weight) < (weakest.percent, -weakest.weight):
                weakest = result
    if weakest is strongest:
        weakest = None
    overall = _tidy(min(100.0, max(0.0, weighted / total_weight))) if total_weight > 0 else None
    ladder_theme = themes[plan.ladder_theme].percent if plan.ladder_theme >= 0 else None
    ladder_score = ladder_theme if ladder_theme is not None else overall
    return ScanScore(
        themes=tuple(themes),
        overall=overall,
        level=reached(plan.levels, overall) if overall is not None else None,
        ladder_step=reached(plan.ladder, ladder_score) if ladder_score is not None else None,
        strongest=strongest,
        weakest=weakest,
        facts=facts,
    )


def _tidy(number):
    """Rounded to PERCENT_DIGITS decimals, so that 74.99999999999999 does not fall a level below 75."""
    return number if number.is_integer() else round(number, PERCENT_DIGITS)


def _derive_facts(facts, answers):
    total = _area(answers.get("total_area"))
    if total is not None and SEALED_SHARE_FACT in facts:
        facts["sealed_m2"] = round(total * min(facts[SEALED_SHARE_FACT], 100.0) / 100.0, 2)
    outdoor = _area(answers.get("outdoor_area"))
    if outdoor is not None and NEAR_NATURAL_SHARE_FACT in facts:
        facts["near_natural_m2"] = round(outdoor * min(facts[NEAR_NATURAL_SHARE_FACT], 100.0) / 100.0, 2)
    borders = answers.get("borders")
    if isinstance(borders, str):
        borders = (borders,)
    if isinstance(borders, list | tuple | set | frozenset):
        facts["protected_area_nearby"] = 1.0 if PROTECTED_AREA_BORDER in borders else 0.0


def _area(value):
    if value is None or isinstance(value, bool | list | tuple | set | dict):
        return None
    number = as_number(value)
    return number if number is not None and math.isfinite(number) and number >= 0 else None


def chosen_tags(questionnaire, answers):
    """The tags of the chosen options and bands of the questions that apply (scored or not)."""
    answers = answers if isinstance(answers, dict) else {}
    return {
        tag
        for _question, _points, chosen, _number in compiled(questionnaire).answered(answers)
        for choice in chosen
        for tag in choice.tags
    }


# Best and worst answers (tests, previews) ----------------------------------------------------------------------


def best_answers(questionnaire, base_answers=None):
    """``base_answers`` plus the best applicable answer to every question that applies (conditions evaluated on
    the answers so far, in order)."""
    return _extreme_answers(questionnaire, base_answers, best=True)


def worst_answers(questionnaire, base_answers=None):
    """``base_answers`` plus the worst applicable answer to every question that applies."""
    return _extreme_answers(questionnaire, base_answers, best=False)


def _extreme_answers(questionnaire, base_answers, best):
    answers = dict(base_answers or {})
    for step_condition, questions in compiled(questionnaire).steps:
        if step_condition is not None and not step_condition(answers):
            continue
        for question in questions:
            if question.condition is not None and not question.condition(answers):
                continue
            value = _extreme_answer(question, best)
            if value is None:
                answers.pop(question.code, None)
            else:
                answers[question.code] = value
    return answers


def _extreme_answer(question, best):
    if question.kind == NUMBER:
        values = number_candidates(question)
        points = [question.band_points(value) for value in values]
        target = max(points) if best else min(points)
        return _int_if_whole(values[points.index(target)])
    choices = [choice for choice in question.choices if not choice.not_applicable]
    if question.kind == MULTIPLE:
        wanted = (lambda p: p > 0) if best else (lambda p: p < 0)
        return [choice.code for choice in choices if wanted(choice.points)]
    if not choices:
        return None
    pick = max if best else min
    return pick(choices, key=lambda choice: choice.points).code


def _int_if_whole(number):
    return int(number) if float(number).is_integer() else number
