"""The default questionnaire of SCAN.md as data, in English with Dutch, French and German translations.

One source (the content modules of this package) gives, per language, the raw values of the ScanPage's
StreamFields, ready for ``page.questionnaire = questionnaire_stream("nl")``: every StreamBlock child and every
ListBlock item carries a block id derived from its codes, so the four languages have the same block ids and
wagtail-localize pairs a translation's segments with the English ones. Codes, points, tags, conditions, facts
and weights are written once and are the same in every language; only the texts differ.
"""

from scan import questionnaire
from scan.defaults import landscape, nature, operations, site
from scan.defaults.base import LANGUAGES, T, block_id
from scan.defaults.themes import LADDER, LADDER_THEME, LEVELS, TAG_REASONS, THEMES

__all__ = [
    "LADDER_THEME",
    "LANGUAGES",
    "STEPS",
    "THEMES",
    "default_questionnaire",
    "ladder_stream",
    "levels_stream",
    "option_tags",
    "questionnaire_stream",
    "tag_reasons_stream",
]

STEPS = [*site.STEPS, *nature.STEPS, *landscape.STEPS, *operations.STEPS]
# The block names of ScanPage's levels, ladder and tag_reasons StreamFields.
LEVEL_BLOCK, LADDER_BLOCK, TAG_BLOCK = "level", "step", "tag"


def _text(value, language):
    return value.get(language) if isinstance(value, T) else (value or "")


def _items(key, values):
    """Raw ListBlock items: ``{"type": "item", "value": ..., "id": ...}`` with ids stable across languages."""
    return [{"type": "item", "value": value, "id": block_id(key, index)} for index, value in values]


def _option(spec, language):
    return {
        "code": spec["code"],
        "label": _text(spec["label"], language),
        "points": spec["points"],
        "tags": spec["tags"],
        "not_applicable": spec["not_applicable"],
    }


def _question(spec, language):
    code = spec["code"]
    return {
        "code": code,
        "text": _text(spec["text"], language),
        "help_text": _text(spec["help_text"], language),
        "theme": spec["theme"],
        "question_type": spec["question_type"],
        "options": _items(
            f"question:{code}:option", [(option["code"], _option(option, language)) for option in spec["options"]]
        ),
        "cap": spec["cap"],
        "bands": _items(f"question:{code}:band", [(index, dict(band)) for index, band in enumerate(spec["bands"])]),
        "unit": _text(spec["unit"], language),
        "maximum": spec["maximum"],
        "condition": spec["condition"],
        "fact": spec["fact"],
    }


def _theme(spec, language):
    code = spec["code"]
    return {
        "type": "theme",
        "id": block_id("theme", code),
        "value": {
            "code": code,
            "name": _text(spec["name"], language),
            "description": _text(spec["description"], language),
            "weight": spec["weight"],
            "advice": _items(
                f"theme:{code}:advice", [(index, _text(item, language)) for index, item in enumerate(spec["advice"])]
            ),
        },
    }


def _step(spec, language):
    code = spec["code"]
    return {
        "type": "step",
        "id": block_id("step", code),
        "value": {
            "code": code,
            "title": _text(spec["title"], language),
            "intro": _text(spec["intro"], language),
            "condition": spec["condition"],
            "questions": _items(
                "question", [(question["code"], _question(question, language)) for question in spec["questions"]]
            ),
        },
    }


def questionnaire_stream(language="en"):
    """The raw value of ScanPage.questionnaire in ``language``: the seven themes, then the steps."""
    return [_theme(spec, language) for spec in THEMES] + [_step(spec, language) for spec in STEPS]


def _ranks(block_type, rows, language):
    return [
        {
            "type": block_type,
            "id": block_id(block_type, code),
            "value": {
                "code": code,
                "name": _text(name, language),
                "minimum": minimum,
                "description": _text(description, language),
            },
        }
        for code, minimum, name, description in rows
    ]


def levels_stream(language="en"):
    """The raw value of ScanPage.levels: Start 0, Basis 25, Advanced 50, Frontrunner 75."""
    return _ranks(LEVEL_BLOCK, LEVELS, language)


def ladder_stream(language="en"):
    """The raw value of ScanPage.ladder: the five steps of the biodiversity ladder (scored on LADDER_THEME)."""
    return _ranks(LADDER_BLOCK, LADDER, language)


def tag_reasons_stream(language="en"):
    """The raw value of ScanPage.tag_reasons: a reason in plain words for every tag an option or band carries."""
    return [
        {"type": TAG_BLOCK, "id": block_id(TAG_BLOCK, code), "value": {"code": code, "reason": _text(reason, language)}}
        for code, reason in TAG_REASONS.items()
    ]


def option_tags():
    """Every tag the default questionnaire uses, mapped to the (question, option or band) codes that carry it."""
    carriers = {}
    for spec in STEPS:
        for question in spec["questions"]:
            for option in question["options"]:
                for tag in questionnaire.split_tags(option["tags"]):
                    carriers.setdefault(tag, []).append((question["code"], option["code"]))
            for band in question["bands"]:
                for tag in questionnaire.split_tags(band["tags"]):
                    maximum = "" if band["maximum"] is None else band["maximum"]
                    carriers.setdefault(tag, []).append((question["code"], f"{band['minimum']}–{maximum}"))
    return carriers


def _unwrapped(value):
    """Raw StreamField data with ListBlock items reduced to their values, as ``questionnaire.build`` reads them."""
    if isinstance(value, list):
        return [
            _unwrapped(item["value"]) if isinstance(item, dict) and item.get("type") == "item" else _unwrapped(item)
            for item in value
        ]
    if isinstance(value, dict):
        return {key: _unwrapped(item) for key, item in value.items()}
    return value


def default_questionnaire(language="en"):
    """The default questionnaire in ``language`` as a ``scan.questionnaire.Questionnaire``."""
    return questionnaire.build(
        [{**block, "value": _unwrapped(block["value"])} for block in questionnaire_stream(language)],
        levels_stream(language),
        ladder_stream(language),
        tag_reasons_stream(language),
        ladder_theme=LADDER_THEME,
    )
