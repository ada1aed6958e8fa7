"""The questionnaire compiled once for scoring and matching: options, bands and conditions made fast to look up.

``compiled(questionnaire)`` is built the first time a Questionnaire object is scored and kept while that object
lives. Nothing here changes what a questionnaire means: conditions hold exactly when ``Condition.holds`` does,
levels are placed as ``Questionnaire.level_for`` places them.
"""

import math
import weakref

from scan.questionnaire import MULTIPLE, NO, NUMBER, YES, to_number

__all__ = [
    "Choice",
    "CompiledQuestion",
    "CompiledQuestionnaire",
    "as_number",
    "compile_condition",
    "compiled",
    "number_candidates",
    "reached",
]


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
        number = as_number(value)
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


def reached(steps, value):
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
    number = None if value is None or isinstance(value, bool) else as_number(value)
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
                number = as_number(answer) if limit is not None else None
                present = number == limit if number is not None else str(answer) == expected
            return present != negate

        return equals
    compare = {">": float.__gt__, ">=": float.__ge__, "<": float.__lt__, "<=": float.__le__}[operator]

    def compares(answers):
        answer = answers.get(name)
        if answer is None or answer == "" or answer == [] or limit is None:
            return False
        number = as_number(answer)
        return number is not None and compare(number, limit)

    return compares


def as_number(value):
    """``to_number`` with a shortcut for plain floats and ints (infinity and NaN are no number, as there)."""
    if value.__class__ is float:
        return value if math.isfinite(value) else None
    if value.__class__ is int and -(2**53) <= value <= 2**53:
        return float(value)
    return to_number(value)


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
