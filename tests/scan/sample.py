"""A questionnaire shaped like SCAN.md, built through ``questionnaire.build`` from raw StreamField-like data.

It stands in for ``scan.defaults.default_questionnaire()`` where the tests need SCAN.md's content without
depending on the editors' default stream, and it carries the option tags that ``scan.matching`` documents.
"""

from scan import questionnaire as q

THEMES = [
    ("land_cover", "Land cover", 15),
    ("habitats", "Habitats", 20),
    ("management", "Management", 20),
    ("water", "Water and nature-based solutions", 10),
    ("connectivity", "Connectivity", 10),
    ("value_chain", "Value chain", 15),
    ("governance", "Governance", 10),
]
LEVELS = [
    ("start", "Start", 0),
    ("basis", "Basis", 25),
    ("advanced", "Advanced", 50),
    ("frontrunner", "Frontrunner", 75),
]
LADDER = [
    ("aware", "Aware", 0),
    ("inventoried", "Inventoried", 20),
    ("first_measures", "First measures", 40),
    ("plan_and_monitoring", "Plan and monitoring", 60),
    ("embedded", "Embedded and reported", 80),
]


def option(code, points=0, tags="", not_applicable=False):
    return {
        "code": code,
        "label": code.replace("_", " ").capitalize(),
        "points": points,
        "tags": tags,
        "not_applicable": not_applicable,
    }


def band(minimum, maximum, points, tags=""):
    return {"minimum": minimum, "maximum": maximum, "points": points, "tags": tags}


def question(code, theme, kind=q.SINGLE, options=(), bands=(), cap=None, condition="", fact="", unit="", maximum=None):
    return {
        "code": code,
        "text": f"{code.replace('_', ' ').capitalize()}?",
        "theme": theme,
        "question_type": kind,
        "options": list(options),
        "bands": list(bands),
        "cap": cap,
        "condition": condition,
        "fact": fact,
        "unit": unit,
        "maximum": maximum,
    }


def scale(*points, tags=None):
    """Options "none", "some" and "all" with these points."""
    names = ["none", "some", "all"]
    tags = tags or {}
    return [option(names[index], value, tags.get(index, "")) for index, value in enumerate(points)]


def yes_no(yes_points, no_points=0, yes_tags="", no_tags=""):
    return [option("yes", yes_points, yes_tags), option("no", no_points, no_tags)]


def step(code, questions, condition=""):
    return {
        "type": "step",
        "value": {"code": code, "title": code.capitalize(), "condition": condition, "questions": list(questions)},
    }


STEPS = [
    step(
        "land",
        [
            question(
                "sealed_share",
                "land_cover",
                q.NUMBER,
                unit="%",
                maximum=100,
                fact="sealed_share_pct",
                bands=[
                    band(90, None, 0, "sealed_high"),
                    band(70, 90, 1, "sealed_high"),
                    band(50, 70, 2),
                    band(30, 50, 3),
                    band(0, 30, 4),
                ],
            ),
            question(
                "near_natural_share",
                "land_cover",
                q.NUMBER,
                unit="%",
                maximum=100,
                condition="outdoor_area > 0",
                fact="near_natural_share_pct",
                bands=[band(0, 10, 0), band(10, 30, 2), band(30, None, 4)],
            ),
            question(
                "permeable_parking",
                "land_cover",
                options=scale(0, 2, tags={0: "parking_sealed"}) + [option("all", 4)],
                condition="parking_area > 0",
            ),
            question(
                "green_roofs",
                "land_cover",
                options=[
                    option("none", 0, "flat_roof_bare"),
                    option("under_quarter", 1),
                    option("quarter_to_half", 2),
                    option("over_half", 4),
                    option("no_flat_roofs", 0, not_applicable=True),
                ],
            ),
            question("green_facades", "land_cover", options=scale(0, 1, 2)),
            question("unsealed", "land_cover", options=scale(0, 1, 2)),
        ],
    ),
    step(
        "habitats",
        condition="outdoor_area > 0",
        questions=[
            question(
                "meadow",
                "habitats",
                options=[option("none", 0, "no_meadow"), option("under_500", 2), option("over_500", 4)],
            ),
            question(
                "hedge_length",
                "habitats",
                q.NUMBER,
                unit="m",
                fact="hedge_m",
                bands=[
                    band(0, 1, 0, "hedge_short"),
                    band(1, 50, 1, "hedge_short"),
                    band(50, 200, 2),
                    band(200, None, 3),
                ],
            ),
            question(
                "ponds", "habitats", q.NUMBER, fact="ponds", bands=[band(0, 1, 0), band(1, 2, 2), band(2, None, 4)]
            ),
            question("trees", "habitats", options=scale(0, 1, 2)),
            question(
                "shelters",
                "habitats",
                q.MULTIPLE,
                cap=4,
                options=[
                    option("bird_boxes", 1),
                    option("bat_boxes", 1),
                    option("swift_bricks", 1),
                    option("insect_hotels", 1),
                    option("dead_wood", 1),
                    option("none", 0, "no_shelters"),
                ],
            ),
            question("native_share", "habitats", options=scale(0, 2, 4)),
        ],
    ),
    step(
        "management",
        condition="outdoor_area > 0",
        questions=[
            question(
                "mowing",
                "management",
                options=[option("weekly", 0, "weekly_mowing"), option("mixed", 2), option("phased", 4)],
            ),
            question(
                "pesticides",
                "management",
                options=[option("routinely", 0, "pesticides"), option("spot", 1), option("never", 4)],
            ),
            question(
                "lighting",
                "management",
                options=[
                    option("all_night", 0, "light_pollution"),
                    option("timers", 2),
                    option("shielded", 4),
                    option("no_lighting", 0, not_applicable=True),
                ],
            ),
            question("invasive", "management", options=scale(0, 2, 4)),
            question("contract", "management", options=scale(0, 2, 4)),
            question("bird_safe_glazing", "management", q.YES_NO, options=yes_no(2)),
        ],
    ),
    step(
        "water",
        [
            question(
                "rainwater",
                "water",
                options=[option("sewer", 0, "rain_to_sewer"), option("partly_reused", 2), option("on_site", 4)],
            ),
            question(
                "nbs_measures",
                "water",
                q.MULTIPLE,
                cap=4,
                options=[
                    option("green_roof", 1),
                    option("wadi", 1),
                    option("shade_trees", 1),
                    option("permeable_paving", 1),
                    option("none", 0),
                ],
            ),
            question("natural_banks", "water", options=scale(0, 2, 4), condition="borders = water"),
        ],
    ),
    step(
        "connectivity",
        [
            question("knows_corridors", "connectivity", q.YES_NO, options=yes_no(2)),
            question(
                "fences",
                "connectivity",
                options=[
                    option("closed", 0),
                    option("partly_permeable", 2),
                    option("permeable", 3),
                    option("no_fence", 0, not_applicable=True),
                ],
            ),
            question("green_links", "connectivity", options=scale(0, 2, 4)),
            question("neighbours", "connectivity", options=scale(0, 2, 4)),
            question("fauna_passages", "connectivity", q.YES_NO, options=yes_no(2)),
        ],
    ),
    step(
        "value_chain",
        [
            question(
                "commodities_mapped", "value_chain", options=scale(0, 2, 4), condition="buys_risky_commodities = yes"
            ),
            question(
                "certified_share",
                "value_chain",
                options=[
                    option("under_10", 0, "low_certified"),
                    option("10_to_50", 2, "low_certified"),
                    option("over_50", 3),
                    option("all", 4),
                ],
                condition="buys_risky_commodities = yes",
            ),
            question("supplier_requirements", "value_chain", options=scale(0, 2, 4)),
            question(
                "food_sourcing",
                "value_chain",
                q.MULTIPLE,
                cap=4,
                condition="sells_food = yes",
                options=[
                    option("local", 1),
                    option("organic", 1),
                    option("seasonal", 1),
                    option("surplus_redistributed", 1),
                ],
            ),
            question("finance_criteria", "value_chain", options=scale(0, 2, 4), condition="finances = yes"),
        ],
    ),
    step(
        "governance",
        [
            question(
                "policy",
                "governance",
                q.MULTIPLE,
                cap=4,
                options=[option("policy_text", 1), option("owner", 1), option("budget", 1), option("target", 1)],
            ),
            question("action_plan", "governance", options=scale(0, 2, 4)),
            question("monitoring", "governance", options=scale(0, 2, 4)),
            question("reporting", "governance", options=scale(0, 2, 4)),
            question("staff_engagement", "governance", options=scale(0, 2, 4)),
            question("partnerships", "governance", options=scale(0, 2, 4)),
        ],
    ),
    step(
        "buildings",
        [
            question("renovation", "", q.YES_NO, options=yes_no(0, yes_tags="renovation_planned")),
            question("glazing", "", q.YES_NO, options=yes_no(0, yes_tags="much_glazing")),
        ],
    ),
]


def stream():
    themes = [
        {"type": "theme", "value": {"code": code, "name": name, "weight": weight}} for code, name, weight in THEMES
    ]
    return themes + STEPS


def levels_stream():
    return [
        {"type": "level", "value": {"code": code, "name": name, "minimum": minimum}} for code, name, minimum in LEVELS
    ]


def ladder_stream():
    return [
        {"type": "step", "value": {"code": code, "name": name, "minimum": minimum}} for code, name, minimum in LADDER
    ]


def scan_md_questionnaire(tag_reasons=()):
    """SCAN.md's questionnaire; ``tag_reasons`` are (tag, reason) pairs the editors would give."""
    tags = [{"type": "tag", "value": {"code": code, "reason": reason}} for code, reason in tag_reasons]
    return q.build(stream(), levels_stream(), ladder_stream(), tags)
