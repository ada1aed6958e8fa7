"""The questionnaire as plain data: built from a ScanPage's StreamField, validated, and asked.

Nothing here touches a request or the database, so scoring, matching, the wizard and the tests share one
definition. Codes (of themes, steps, questions, options and tags) are stable and language-independent;
texts and labels are whatever language the page is in.
"""

import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from cms.page_cache import LocalCopies

CODE_PATTERN = r"^[a-z][a-z0-9_]{0,49}$"
TAGS_PATTERN = r"^[a-z0-9_ ,]*$"
# e.g. "outdoor_area > 0", "sells_food = yes", "borders = water and outdoor_area >= 500"
_CLAUSE = r"[a-z][a-z0-9_]*\s*(=|!=|>=|<=|>|<)\s*[a-z0-9_.\-]+"
CONDITION_PATTERN = rf"^\s*{_CLAUSE}(\s+and\s+{_CLAUSE})*\s*$"
CONDITION_CLAUSE = re.compile(r"([a-z][a-z0-9_]*)\s*(=|!=|>=|<=|>|<)\s*([a-z0-9_.\-]+)")

SINGLE, MULTIPLE, NUMBER, YES_NO = "single", "multiple", "number", "yes_no"
QUESTION_TYPES = [
    (SINGLE, _("Single choice")),
    (MULTIPLE, _("Multiple choice")),
    (NUMBER, _("Number")),
    (YES_NO, _("Yes / no")),
]
YES, NO = "yes", "no"
# Step names the wizard uses itself (and the page's own sub-URLs); questionnaire steps may not take them.
RESERVED_STEP_CODES = {"intro", "profile", "check", "done", "results", "resume", "save"}

# The company profile (intake) is a fixed form; its answers can be used in conditions under these names.
# Each maps to the kind of value it holds: "number", "yes_no" or "choice" (a code, or a list of codes).
INTAKE_FIELDS = {
    "sector": "choice",
    "staff": "choice",
    "tenure": "choice",
    "total_area": "number",
    "built_area": "number",
    "outdoor_area": "number",
    "parking_area": "number",
    "borders": "choice",
    "buys_risky_commodities": "yes_no",
    "risky_commodities": "choice",
    "sells_food": "yes_no",
    "finances": "yes_no",
    "primary_production": "yes_no",
}


def split_tags(text):
    """'a, b c' → ('a', 'b', 'c'): tags are separated by spaces or commas."""
    return tuple(tag for tag in re.split(r"[\s,]+", text or "") if tag)


def to_number(value):
    """A float from a number-ish value, or None."""
    if value is None or value == "":
        return None
    try:
        number = float(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return None
    return number if math.isfinite(number) else None


@dataclass(frozen=True)
class Clause:
    name: str
    operator: str
    value: str

    def holds(self, answers):
        answer = answers.get(self.name)
        if answer is None or answer == "" or answer == []:
            return False
        if self.operator in ("=", "!="):
            if isinstance(answer, list | tuple | set):
                present = self.value in answer
            elif isinstance(answer, bool):
                present = (YES if answer else NO) == self.value
            elif to_number(answer) is not None and to_number(self.value) is not None:
                present = to_number(answer) == to_number(self.value)
            else:
                present = str(answer) == self.value
            return present if self.operator == "=" else not present
        number, limit = to_number(answer), to_number(self.value)
        if number is None or limit is None:
            return False
        return {
            ">": number > limit,
            ">=": number >= limit,
            "<": number < limit,
            "<=": number <= limit,
        }[self.operator]


@dataclass(frozen=True)
class Condition:
    """All clauses must hold. An answer that is missing makes a clause false."""

    clauses: tuple[Clause, ...]
    source: str = ""

    @classmethod
    def parse(cls, text):
        text = (text or "").strip()
        if not text:
            return None
        if not re.match(CONDITION_PATTERN, text):
            raise ValueError(text)
        return cls(tuple(Clause(*match) for match in CONDITION_CLAUSE.findall(text)), text)

    @property
    def names(self):
        return [clause.name for clause in self.clauses]

    def holds(self, answers):
        return all(clause.holds(answers) for clause in self.clauses)


@dataclass(frozen=True)
class Option:
    code: str
    label: str
    points: float = 0.0
    tags: tuple[str, ...] = ()
    not_applicable: bool = False


@dataclass(frozen=True)
class Band:
    """A scoring band of a number question: minimum ≤ value < maximum (no maximum: no upper bound)."""

    minimum: float
    maximum: float | None
    points: float
    tags: tuple[str, ...] = ()

    def contains(self, value):
        return value >= self.minimum and (self.maximum is None or value < self.maximum)


@dataclass(frozen=True)
class Question:
    code: str
    text: str
    kind: str
    theme: str = ""
    help_text: str = ""
    options: tuple[Option, ...] = ()
    bands: tuple[Band, ...] = ()
    cap: float | None = None
    unit: str = ""
    maximum: float | None = None
    condition: Condition | None = None
    fact: str = ""

    @property
    def scored(self):
        return bool(self.theme)

    def option(self, code):
        return next((option for option in self.options if option.code == code), None)

    def applies(self, answers):
        return self.condition is None or self.condition.holds(answers)


@dataclass(frozen=True)
class Step:
    code: str
    title: str
    intro: str = ""
    condition: Condition | None = None
    questions: tuple[Question, ...] = ()

    def applies(self, answers):
        return self.condition is None or self.condition.holds(answers)

    def applicable_questions(self, answers):
        return [question for question in self.questions if question.applies(answers)]


@dataclass(frozen=True)
class Theme:
    code: str
    name: str
    weight: float
    description: str = ""
    advice: tuple[str, ...] = ()


@dataclass(frozen=True)
class Level:
    code: str
    name: str
    minimum: float
    description: str = ""


@dataclass(frozen=True)
class LadderStep:
    code: str
    name: str
    minimum: float
    description: str = ""


@dataclass(frozen=True)
class TagReason:
    """Plain words for a tag, used by matching to say why an objective is suggested."""

    code: str
    reason: str


@dataclass(frozen=True)
class Questionnaire:
    themes: tuple[Theme, ...] = ()
    steps: tuple[Step, ...] = ()
    levels: tuple[Level, ...] = ()
    ladder: tuple[LadderStep, ...] = ()
    ladder_theme: str = "governance"
    tag_reasons: tuple[TagReason, ...] = ()
    _questions: dict = field(default=None, compare=False, repr=False)

    def __post_init__(self):
        object.__setattr__(
            self, "_questions", {question.code: question for step in self.steps for question in step.questions}
        )

    @property
    def questions(self):
        return list(self._questions.values())

    def question(self, code):
        return self._questions.get(code)

    def step(self, code):
        return next((step for step in self.steps if step.code == code), None)

    def theme(self, code):
        return next((theme for theme in self.themes if theme.code == code), None)

    def applicable_steps(self, answers):
        """Steps that apply and have at least one question that applies, in order."""
        return [step for step in self.steps if step.applies(answers) and step.applicable_questions(answers)]

    def level_for(self, score):
        """The highest level whose minimum the score reaches (levels may be given in any order)."""
        if score is None:
            return None
        reached = [level for level in self.levels if score >= level.minimum]
        ordered = sorted(self.levels, key=lambda level: level.minimum)
        if reached:
            return max(reached, key=lambda level: level.minimum)
        return ordered[0] if ordered else None

    def ladder_step_for(self, score):
        if score is None:
            return None
        reached = [step for step in self.ladder if score >= step.minimum]
        ordered = sorted(self.ladder, key=lambda step: step.minimum)
        if reached:
            return max(reached, key=lambda step: step.minimum)
        return ordered[0] if ordered else None

    def reason_for_tag(self, tag):
        return next((item.reason for item in self.tag_reasons if item.code == tag), "")


# Building from StreamField data ---------------------------------------------------------------------------


def _float(value, default=0.0):
    number = to_number(value)
    return default if number is None else number


def build_question(value):
    kind = value.get("question_type") or SINGLE
    options = tuple(
        Option(
            code=option.get("code", ""),
            label=option.get("label", ""),
            points=_float(option.get("points")),
            tags=split_tags(option.get("tags")),
            not_applicable=bool(option.get("not_applicable")),
        )
        for option in _list_values(value.get("options"))
    )
    if kind == YES_NO and not options:
        options = (Option(YES, str(_("Yes"))), Option(NO, str(_("No"))))
    bands = tuple(
        Band(
            minimum=_float(band.get("minimum")),
            maximum=to_number(band.get("maximum")),
            points=_float(band.get("points")),
            tags=split_tags(band.get("tags")),
        )
        for band in _list_values(value.get("bands"))
    )
    return Question(
        code=value.get("code", ""),
        text=value.get("text", ""),
        kind=kind,
        theme=value.get("theme") or "",
        help_text=value.get("help_text") or "",
        options=options,
        bands=bands,
        cap=to_number(value.get("cap")),
        unit=value.get("unit") or "",
        maximum=to_number(value.get("maximum")),
        condition=Condition.parse(value.get("condition")),
        fact=value.get("fact") or "",
    )


def build(questionnaire_stream, levels_stream=(), ladder_stream=(), tags_stream=(), ladder_theme="governance"):
    """A Questionnaire from the raw values of the ScanPage's StreamFields (``stream.raw_data`` or block values).

    Raises ValueError on a condition that cannot be parsed; ``validate`` reports it politely first.
    """
    themes, steps = [], []
    for block in _blocks(questionnaire_stream):
        kind, value = block
        if kind == "theme":
            themes.append(
                Theme(
                    code=value.get("code", ""),
                    name=value.get("name", ""),
                    weight=_float(value.get("weight")),
                    description=value.get("description") or "",
                    advice=tuple(item for item in _list_values(value.get("advice")) if item),
                )
            )
        elif kind == "step":
            steps.append(
                Step(
                    code=value.get("code", ""),
                    title=value.get("title", ""),
                    intro=value.get("intro") or "",
                    condition=Condition.parse(value.get("condition")),
                    questions=tuple(build_question(question) for question in _list_values(value.get("questions"))),
                )
            )
    levels = tuple(
        Level(
            value.get("code", ""), value.get("name", ""), _float(value.get("minimum")), value.get("description") or ""
        )
        for _kind, value in _blocks(levels_stream)
    )
    ladder = tuple(
        LadderStep(
            value.get("code", ""), value.get("name", ""), _float(value.get("minimum")), value.get("description") or ""
        )
        for _kind, value in _blocks(ladder_stream)
    )
    reasons = tuple(TagReason(value.get("code", ""), value.get("reason", "")) for _kind, value in _blocks(tags_stream))
    return Questionnaire(
        themes=tuple(themes),
        steps=tuple(steps),
        levels=levels,
        ladder=ladder,
        ladder_theme=ladder_theme,
        tag_reasons=reasons,
    )


# Questionnaires built from raw StreamField data, shared by the requests of this process. A Questionnaire is
# immutable, and the key is a digest of everything it is built from (and of the language, which gives yes/no
# questions their default labels): a republished page, a preview and an old revision each find their own.
BUILT_CACHE_SIZE = 32
_built = LocalCopies(size=BUILT_CACHE_SIZE)


def build_cached(questionnaire_stream, levels_stream=(), ladder_stream=(), tags_stream=(), ladder_theme="governance"):
    """``build``, remembered in process memory by a digest of its input.

    For raw StreamField data (``stream.raw_data``, as the page stores it); other input is built every time.
    """
    streams = [list(stream or []) for stream in (questionnaire_stream, levels_stream, ladder_stream, tags_stream)]
    try:
        if not all(isinstance(item, dict) for stream in streams for item in stream):
            raise TypeError("not raw data")
        content = json.dumps([*streams, ladder_theme], separators=(",", ":"), default=_json_default)
    except (TypeError, ValueError):
        return build(questionnaire_stream, levels_stream, ladder_stream, tags_stream, ladder_theme=ladder_theme)
    key = (hashlib.sha256(content.encode()).digest(), translation.get_language())
    definition = _built.get(key)
    if definition is None:
        definition = build(*streams, ladder_theme=ladder_theme)
        _built.set(key, math.inf, definition)
    return definition


def forget_built():
    """Empty the memory of ``build_cached`` (for tests)."""
    _built.clear()


def _json_default(value):
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(type(value).__name__)


def _blocks(stream):
    """(block type, plain dict value) pairs from a StreamValue, its raw data, or a list of pairs."""
    for item in stream or []:
        if isinstance(item, dict):  # raw data: {"type": ..., "value": ..., "id": ...}
            yield item["type"], _plain(item["value"])
        elif isinstance(item, tuple):
            yield item[0], _plain(item[1])
        else:  # a StreamChild
            yield item.block_type, _plain(item.value)


def _list_values(value):
    """Items of a ListBlock value, raw ({"type": "item", "value": ...}) or plain."""
    items = []
    for item in value or []:
        if isinstance(item, dict) and set(item) >= {"type", "value"} and item.get("type") == "item":
            items.append(_plain(item["value"]))
        else:
            items.append(_plain(item))
    return items


def _plain(value):
    """StructValue / ListValue / dict → plain dicts and lists of primitives."""
    if hasattr(value, "items") and not isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple) or (hasattr(value, "__iter__") and not isinstance(value, str | bytes)):
        try:
            return [_plain(item) for item in value]
        except TypeError:
            return value
    if isinstance(value, Decimal):
        return float(value)
    return value


# Validation ------------------------------------------------------------------------------------------------


def validate(questionnaire_stream, levels_stream=(), ladder_stream=()):
    """Problems that make a questionnaire impossible to score, as translated sentences naming the block.

    An empty list means the questionnaire can be scored.
    """
    problems = []
    blocks = list(_blocks(questionnaire_stream))
    theme_codes, seen_codes = [], {}
    for kind, value in blocks:
        if kind == "theme":
            code = value.get("code", "")
            if code in theme_codes:
                problems.append(_("Duplicate theme code “%(code)s”.") % {"code": code})
            theme_codes.append(code)
            if _float(value.get("weight")) < 0:
                problems.append(_("Theme “%(code)s” has a negative weight.") % {"code": code})

    earlier = set(INTAKE_FIELDS)
    themes_with_questions = set()
    step_codes = set()
    for kind, value in blocks:
        if kind != "step":
            continue
        step_code = value.get("code", "")
        if step_code in step_codes:
            problems.append(_("Duplicate step code “%(code)s”.") % {"code": step_code})
        if step_code in RESERVED_STEP_CODES:
            problems.append(_("The step code “%(code)s” is reserved; choose another.") % {"code": step_code})
        step_codes.add(step_code)
        problems += _condition_problems(
            value.get("condition"), earlier, seen_codes, _("step “%(code)s”") % {"code": step_code}
        )
        in_this_step = []
        for question in _list_values(value.get("questions")):
            code = question.get("code", "")
            label = _("question “%(code)s”") % {"code": code}
            if code in seen_codes or code in in_this_step or code in INTAKE_FIELDS:
                problems.append(_("Duplicate question code “%(code)s”.") % {"code": code})
            theme = question.get("theme") or ""
            if theme and theme not in theme_codes:
                problems.append(
                    _("Question “%(code)s” belongs to an unknown theme “%(theme)s”.") % {"code": code, "theme": theme}
                )
            elif theme:
                themes_with_questions.add(theme)
            problems += _condition_problems(question.get("condition"), earlier, seen_codes, label)
            problems += _question_problems(question, code)
            in_this_step.append(code)
        for code in in_this_step:
            seen_codes[code] = step_code
            earlier.add(code)

    for code in theme_codes:
        if code not in themes_with_questions:
            problems.append(_("Theme “%(code)s” has no questions.") % {"code": code})
    if not theme_codes:
        problems.append(_("The questionnaire needs at least one theme."))
    levels = list(_blocks(levels_stream))
    if not levels:
        problems.append(_("The questionnaire needs at least one level."))
    level_codes = [value.get("code") for _kind, value in levels]
    for code in {code for code in level_codes if level_codes.count(code) > 1}:
        problems.append(_("Duplicate level code “%(code)s”.") % {"code": code})
    return [str(problem) for problem in problems]


def _condition_problems(text, earlier, seen_codes, label):
    text = (text or "").strip()
    if not text:
        return []
    try:
        condition = Condition.parse(text)
    except ValueError:
        return [_("The condition of %(label)s cannot be read: “%(condition)s”.") % {"label": label, "condition": text}]
    problems = []
    for name in condition.names:
        if name not in earlier:
            problems.append(
                _(
                    "The condition of %(label)s refers to “%(name)s”, which is not a company-profile field "
                    "or a question of an earlier step."
                )
                % {"label": label, "name": name}
            )
    return problems


def _question_problems(question, code):
    kind = question.get("question_type") or SINGLE
    problems = []
    option_codes = [option.get("code", "") for option in _list_values(question.get("options"))]
    for duplicate in sorted({option for option in option_codes if option_codes.count(option) > 1}):
        problems.append(
            _("Question “%(code)s” has the option code “%(option)s” twice.") % {"code": code, "option": duplicate}
        )
    if kind in (SINGLE, MULTIPLE) and not option_codes:
        problems.append(_("Question “%(code)s” needs options.") % {"code": code})
    if kind == YES_NO and option_codes and sorted(option_codes) != [NO, YES]:
        problems.append(
            _("The yes/no question “%(code)s” must have exactly the options “yes” and “no”.") % {"code": code}
        )
    if kind == NUMBER and question.get("theme") and not _list_values(question.get("bands")):
        problems.append(_("The scored number question “%(code)s” needs scoring bands.") % {"code": code})
    return problems
