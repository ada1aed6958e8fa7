"""The pieces the default questionnaire is written with: texts in four languages and plain-data constructors.

The content modules describe themes, steps and questions once, with every text in English, Dutch, French and
German; ``scan.defaults`` renders them into raw StreamField values for one language. Codes, points, tags,
conditions and facts are written once, so they cannot differ between languages.
"""

import uuid
from dataclasses import dataclass

LANGUAGES = ("en", "nl", "fr", "de")
# Block ids are uuid5s of the block's codes in this namespace: the same in every language and on every run, so
# that wagtail-localize pairs the segments of a translation with those of the English page.
BLOCK_ID_NAMESPACE = uuid.UUID("1b9f0c52-7a4e-4d5b-9f3c-6e2a8d7c4b10")


@dataclass(frozen=True)
class T:
    """A text in English, Dutch, French and German; whitespace is collapsed so texts can span lines."""

    en: str
    nl: str
    fr: str
    de: str

    def get(self, language):
        if language not in LANGUAGES:
            raise ValueError(f"Unknown language {language!r}; expected one of {', '.join(LANGUAGES)}")
        return " ".join(getattr(self, language).split())


YES = T("Yes", "Ja", "Oui", "Ja")
NO = T("No", "Nee", "Non", "Nein")
NONE_OF_THESE = T("None of these", "Geen van deze", "Aucun de ceux-ci", "Nichts davon")
TICK_ALL = T(
    "Tick all that apply.",
    "Duid alles aan wat van toepassing is.",
    "Cochez tout ce qui s'applique.",
    "Kreuzen Sie alles Zutreffende an.",
)
ONE_POINT_EACH = T(
    "Tick all that apply; each counts for one point, up to four.",
    "Duid alles aan wat van toepassing is; elk antwoord telt voor één punt, tot vier.",
    "Cochez tout ce qui s'applique ; chaque réponse compte pour un point, jusqu'à quatre.",
    "Kreuzen Sie alles Zutreffende an; jede Antwort zählt einen Punkt, höchstens vier.",
)
PERCENT = T("%", "%", "%", "%")
METRES = T("m", "m", "m", "m")


def block_id(*parts):
    """A stable block id from the codes that locate a block, e.g. ``block_id("question", "hedges")``."""
    return str(uuid.uuid5(BLOCK_ID_NAMESPACE, ":".join(str(part) for part in parts)))


def theme(code, weight, name, description, advice):
    return {"code": code, "weight": weight, "name": name, "description": description, "advice": list(advice)}


def step(code, title, intro, questions, condition=""):
    return {"code": code, "title": title, "intro": intro, "condition": condition, "questions": list(questions)}


def option(code, points, label, tags="", not_applicable=False):
    return {"code": code, "points": points, "label": label, "tags": tags, "not_applicable": not_applicable}


def band(minimum, maximum, points, tags=""):
    """Scores ``minimum ≤ value < maximum``; a maximum of None has no upper bound."""
    return {"minimum": minimum, "maximum": maximum, "points": points, "tags": tags}


def question(
    code,
    kind,
    text,
    *,
    theme="",
    help_text=None,
    options=(),
    bands=(),
    cap=None,
    unit=None,
    maximum=None,
    condition="",
    fact="",
):
    return {
        "code": code,
        "question_type": kind,
        "text": text,
        "theme": theme,
        "help_text": help_text,
        "options": list(options),
        "bands": list(bands),
        "cap": cap,
        "unit": unit,
        "maximum": maximum,
        "condition": condition,
        "fact": fact,
    }


def single(code, theme, text, options, **extra):
    return question(code, "single", text, theme=theme, options=options, **extra)


def multiple(code, theme, text, options, cap, **extra):
    return question(code, "multiple", text, theme=theme, options=options, cap=cap, **extra)


def number(code, theme, text, bands, unit, maximum, **extra):
    return question(code, "number", text, theme=theme, bands=bands, unit=unit, maximum=maximum, **extra)


def yes_no(code, theme, text, yes_points=0, no_points=0, yes_tags="", no_tags="", **extra):
    """A yes/no question with its two options spelled out, so that they can carry points and tags."""
    options = [option("yes", yes_points, YES, yes_tags), option("no", no_points, NO, no_tags)]
    return question(code, "yes_no", text, theme=theme, options=options, **extra)
