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
Unknown codes, values of the wrong type and other garbage are ignored, never an error.
"""

import math
import weakref
from dataclasses import dataclass, field

from scan.questionnaire import MULTIPLE, NO, NUMBER, YES, LadderStep, Level, to_number

__all__ = [
    "ScanScore",
    "ThemeScore",
    "best_answers",
    "chosen_tags",
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


# The questionnaire compiled once for scoring ----------------------------------------------------------------


class Choice:
    """An option or a band as scoring sees it; ``strong`` marks a worst or zero-point choice of a scored question."""

    __slots__ = ("code", "label", "points", "not_applicable", "tags", "strong", "minimum", "maximum")

    def __init__(self, code, label, points, not_applicable=False, tags=(), minimum=None, maximum=None):
        self.code, self.label, self.points, self.not_applicable = code, label, points, not_applicable
        self.tags, self.minimum, self.maximum, self.strong = tags, minimum, maximum, False

    def contains(self, value):
        return value >= self.minimum and (self.maximum is None or value < self.maximum)


class CompiledQuestion:
    __slots__ = (
        "question",
        "code",
        "kind",
        "theme",
        "condition",
        "options",
        "choices",
        "bands",
        "possible",
        "cap",
        "maximum",
        "fact",
    )

    def __init__(self, question, theme_index):
        self.question, self.code, self.kind = question, question.code, question.kind
        self.theme = theme_index  # -1: not scored
        self.condition, self.fact = compile_condition(question.condition), question.fact
        self.cap = _finite(question.cap)
        maximum = _finite(question.maximum)
        self.maximum = None if maximum is None else max(maximum, 0.0)
        self.options = {}
        for option in question.options:  # a repeated code (validate() reports it) counts once, as its first
            if option.code not in self.options:
                self.options[option.code] = Choice(
                    option.code, option.label, _points(option.points), option.not_applicable, tuple(option.tags)
                )
        self.choices = tuple(self.options.values())
        self.bands = tuple(
            Choice(
                "",
                "",
                _points(band.points),
                tags=tuple(band.tags),
                minimum=_finite(band.minimum),
                maximum=None if band.maximum is None else _finite(band.maximum),
            )
            for band in question.bands
            if _finite(band.minimum) is not None and (band.maximum is None or _finite(band.maximum) is not None)
        )
        if self.kind == NUMBER:
            # What a valid answer can earn: an unreachable band (above the largest plausible value, or shadowed
            # by a better overlapping band) cannot make the best answer score below 100.
            points = [self.band_points(number) for number in number_candidates(self)]
            self.possible = max(points, default=0.0)
            scale = self.bands
        else:
            scale = [choice for choice in self.choices if not choice.not_applicable]
            points = [choice.points for choice in scale]
            if self.kind == MULTIPLE:
                self.possible = sum(point for point in points if point > 0)
                if self.cap is not None:
                    self.possible = min(self.cap, self.possible)
            else:
                self.possible = max(points, default=0.0)
        if self.theme < 0 or self.possible <= 0:
            self.theme = -1  # can earn nothing: never in a denominator
        # A strong signal for matching: a choice worth nothing, or the worst of a question's choices.
        worst = min(points, default=0.0)
        for choice in scale:
            choice.strong = self.theme >= 0 and (
                choice.points <= 0 or (self.kind != MULTIPLE and choice.points <= worst < self.possible)
            )

    def band_for(self, number):
        """The best band containing the number, or None."""
        best = None
        for band in self.bands:
            if (
                number >= band.minimum
                and (band.maximum is None or number < band.maximum)
                and (best is None or band.points > best.points)
            ):
                best = band
        return best

    def number(self, value):
        """A valid number answer (finite, ≥ 0, at most the largest plausible value) or None."""
        if value is None or isinstance(value, bool | list | tuple | set | dict):
            return None
        number = _as_number(value)
        if number is None:
            return None
        if number < 0 or not math.isfinite(number):
            return None
        if self.maximum is not None and number > self.maximum:
            number = self.maximum
        return number

    def band_points(self, number):
        band = self.band_for(number)
        return band.points if band is not None else 0.0

    def resolve(self, value):
        """(earned or None, chosen choices, number) for an answer; None when the answer is missing or invalid.

        ``earned`` is None when the question leaves the denominator (not scored, or not applicable chosen).
        """
        kind = self.kind
        if kind == NUMBER:
            number = self.number(value)
            if number is None:
                return None
            band = self.band_for(number)
            earned = (band.points if band is not None else 0.0) if self.theme >= 0 else None
            return earned, (band,) if band is not None else (), number
        if kind == MULTIPLE:
            if isinstance(value, str):
                value = (value,)
            elif not isinstance(value, list | tuple | set | frozenset):
                return None
            picked = {item for item in value if item.__class__ is str or isinstance(item, str)}
            # in the questionnaire's order, so that the sum does not depend on the order of the answer
            chosen = tuple(choice for choice in self.choices if choice.code in picked)
            if not chosen and value:
                return None  # only unknown codes: not an answer
            scored = [choice.points for choice in chosen if not choice.not_applicable]
            if (chosen and not scored) or self.theme < 0:
                return None, chosen, None
            earned = sum(scored)
            if self.cap is not None and earned > self.cap:
                earned = self.cap
            return earned, chosen, None
        if value is True or value is False:
            value = YES if value else NO
        elif not isinstance(value, str):
            return None
        choice = self.options.get(value)
        if choice is None:
            return None
        if choice.not_applicable or self.theme < 0:
            return None, (choice,), None
        return choice.points, (choice,), None


class CompiledQuestionnaire:
    def __init__(self, questionnaire):
        self.themes = tuple(questionnaire.themes)
        self.theme_names = tuple(str(theme.name) for theme in self.themes)
        self.weights = tuple(max(_points(theme.weight), 0.0) for theme in self.themes)
        index = {}
        for position, theme in enumerate(self.themes):
            index.setdefault(theme.code, position)
        self.steps = tuple(
            (
                compile_condition(step.condition),
                tuple(CompiledQuestion(question, index.get(question.theme, -1)) for question in step.questions),
            )
            for step in questionnaire.steps
        )
        # For the scoring loop: each distinct condition is evaluated once per scan (``held``), and the questions
        # are flattened into tuples (unpacking them is faster than attribute access).
        conditions = {}

        def slot(condition):
            if condition is None:
                return -1
            return conditions.setdefault(condition.source or id(condition), (len(conditions), condition))[0]

        self.rows = tuple(
            (
                slot(step.condition),
                tuple(
                    (
                        compiled.code,
                        slot(question.condition),
                        compiled.kind not in (MULTIPLE, NUMBER),
                        compiled.theme,
                        compiled.options,
                        compiled.possible,
                        compiled,
                    )
                    for question, compiled in zip(step.questions, questions, strict=True)
                ),
            )
            for step, (_condition, questions) in zip(questionnaire.steps, self.steps, strict=True)
        )
        self.predicates = tuple(compile_condition(condition) for _index, condition in conditions.values())
        # Levels and ladder steps from the highest minimum down (stable: ties keep their order), as level_for has it.
        self.levels = _descending(questionnaire.levels)
        self.ladder = _descending(questionnaire.ladder)
        self.ladder_theme = index.get(questionnaire.ladder_theme, -1)
        # The editors' plain words per tag (for matching): the first one given for a tag.
        self.tag_reasons = {}
        for item in questionnaire.tag_reasons:
            if item.reason and item.code not in self.tag_reasons:
                self.tag_reasons[item.code] = str(item.reason)
        self.questions = {}
        for _condition, questions in self.steps:
            for question in questions:
                self.questions.setdefault(question.code, question)

    def applicable(self, answers):
        """The compiled questions that apply to these answers, in order (as ``applicable_steps`` decides)."""
        for step_condition, questions in self.steps:
            if step_condition is not None and not step_condition(answers):
                continue
            for question in questions:
                if question.condition is None or question.condition(answers):
                    yield question

    def answered(self, answers):
        """(question, earned or None, chosen choices, number) for each applicable question with a valid answer."""
        get = answers.get
        for question in self.applicable(answers):
            value = get(question.code)
            if value is None:
                continue
            resolved = question.resolve(value)
            if resolved is not None:
                yield question, *resolved


def _descending(steps):
    """(descending by minimum, the fallback below every minimum) for ``Questionnaire.level_for``'s rule."""
    return tuple(sorted(steps, key=lambda step: -step.minimum)), min(steps, key=lambda step: step.minimum, default=None)


def _reached(steps, value):
    """The step with the highest minimum that ``value`` reaches, else the lowest step (``level_for``'s rule)."""
    ordered, lowest = steps
    for step in ordered:
        if value >= step.minimum:
            return step
    return lowest


_COMPILED = {}  # id(questionnaire) → (weak reference to it, its CompiledQuestionnaire)


def compiled(questionnaire):
    """The questionnaire compiled for scoring, once per (immutable) Questionnaire object while it lives.

    Kept beside the questionnaire rather than on it, so that a questionnaire can still be pickled or cached.
    """
    key = id(questionnaire)
    entry = _COMPILED.get(key)
    if entry is not None and entry[0]() is questionnaire:
        return entry[1]
    plan = CompiledQuestionnaire(questionnaire)

    def forget(reference, key=key):
        if _COMPILED.get(key, (None,))[0] is reference:
            del _COMPILED[key]

    _COMPILED[key] = (weakref.ref(questionnaire, forget), plan)
    return plan


def _finite(value):
    """A finite float from a number-ish value, or None."""
    number = None if value is None or isinstance(value, bool) else _as_number(value)
    return number if number is not None and math.isfinite(number) else None


def _points(value):
    number = _finite(value)
    return 0.0 if number is None else float(number)


def compile_condition(condition):
    """A fast predicate equivalent to ``condition.holds`` (None stays None: no condition)."""
    if condition is None:
        return None
    clauses = tuple(_compile_clause(clause) for clause in condition.clauses)
    if len(clauses) == 1:
        return clauses[0]
    return lambda answers: all(clause(answers) for clause in clauses)


def _compile_clause(clause):
    """``Clause.holds`` with the clause's own value converted once."""
    name, operator, expected = clause.name, clause.operator, clause.value
    limit = to_number(expected)
    if operator in ("=", "!="):
        negate = operator == "!="

        def equals(answers):
            answer = answers.get(name)
            if answer is None or answer == "" or answer == []:
                return False
            if isinstance(answer, list | tuple | set):
                present = expected in answer
            elif isinstance(answer, bool):
                present = (YES if answer else NO) == expected
            else:
                number = _as_number(answer) if limit is not None else None
                present = number == limit if number is not None else str(answer) == expected
            return present != negate

        return equals
    compare = {">": float.__gt__, ">=": float.__ge__, "<": float.__lt__, "<=": float.__le__}[operator]

    def compares(answers):
        answer = answers.get(name)
        if answer is None or answer == "" or answer == [] or limit is None:
            return False
        number = _as_number(answer)
        return number is not None and compare(number, limit)

    return compares


def _as_number(value):
    """``to_number`` with a shortcut for plain floats and ints."""
    if value.__class__ is float:
        return value
    if value.__class__ is int and -(2**53) <= value <= 2**53:
        return float(value)
    return to_number(value)


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
        level=_reached(plan.levels, overall) if overall is not None else None,
        ladder_step=_reached(plan.ladder, ladder_score) if ladder_score is not None else None,
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
    number = _as_number(value)
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


def number_candidates(question):
    """Valid numbers covering every outcome of a compiled number question: 0, each band edge, the largest value.

    Bands are half-open intervals, so the points are constant between consecutive edges.
    """
    edges = {0.0}
    for band in question.bands:
        edges.add(float(band.minimum))
        if band.maximum is not None:
            edges.add(float(band.maximum))
    if question.maximum is not None:
        edges.add(question.maximum)
    return sorted(edge for edge in edges if edge >= 0 and (question.maximum is None or edge <= question.maximum))


def _int_if_whole(number):
    return int(number) if float(number).is_integer() else number
