"""A small questionnaire on a ScanPage, and helpers to walk the wizard with Django's test client."""

import re
import uuid

import pytest

from scan.models import ScanPage


def block(kind, value):
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def item(value):
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def option(code, label, points, tags="", not_applicable=False):
    return item({"code": code, "label": label, "points": points, "tags": tags, "not_applicable": not_applicable})


def question(code, text, kind="single", theme="", options=(), bands=(), condition="", **extra):
    value = {
        "code": code,
        "text": text,
        "help_text": extra.get("help_text", ""),
        "theme": theme,
        "question_type": kind,
        "options": list(options),
        "cap": extra.get("cap"),
        "bands": list(bands),
        "unit": extra.get("unit", ""),
        "maximum": extra.get("maximum"),
        "condition": condition,
        "fact": extra.get("fact", ""),
    }
    return item(value)


def band(minimum, maximum, points, tags=""):
    return item({"minimum": minimum, "maximum": maximum, "points": points, "tags": tags})


def small_questionnaire():
    return [
        block("theme", {"code": "land", "name": "Land cover", "description": "", "weight": 15, "advice": []}),
        block(
            "theme",
            {
                "code": "habitats",
                "name": "Habitats",
                "description": "",
                "weight": 20,
                "advice": [item("Sow a flower meadow")],
            },
        ),
        block(
            "theme",
            {
                "code": "governance",
                "name": "Governance",
                "description": "",
                "weight": 10,
                "advice": [item("Name an owner for biodiversity")],
            },
        ),
        block(
            "step",
            {
                "code": "site",
                "title": "Your site",
                "intro": "",
                "condition": "total_area > 0",
                "questions": [
                    question(
                        "sealed_share",
                        "What share of your site is sealed?",
                        "number",
                        "land",
                        bands=[band(0, 30, 4), band(30, 70, 2), band(70, None, 0, "sealed_high")],
                        unit="%",
                        maximum=100,
                        fact="sealed_share_pct",
                    ),
                ],
            },
        ),
        block(
            "step",
            {
                "code": "nature",
                "title": "Nature on your site",
                "intro": "",
                "condition": "outdoor_area > 0",
                "questions": [
                    question(
                        "meadow",
                        "Do you have a flower meadow?",
                        "single",
                        "habitats",
                        [
                            option("none", "None", 0, "no_meadow"),
                            option("small", "Under 500 m²", 2),
                            option("large", "500 m² or more", 4),
                        ],
                    ),
                    question(
                        "shelters",
                        "Which shelters are there?",
                        "multiple",
                        "habitats",
                        [
                            option("bird_boxes", "Bird boxes", 1),
                            option("insect_hotels", "Insect hotels", 1),
                            option("dead_wood", "Dead wood", 1),
                        ],
                        cap=2,
                    ),
                ],
            },
        ),
        block(
            "step",
            {
                "code": "policy",
                "title": "Policy",
                "intro": "",
                "condition": "",
                "questions": [
                    question(
                        "plan",
                        "Do you have an action plan?",
                        "single",
                        "governance",
                        [option("no", "No", 0), option("draft", "A draft", 2), option("adopted", "Adopted", 4)],
                    ),
                    question(
                        "food_sourcing",
                        "Do you source food locally?",
                        "yes_no",
                        "governance",
                        [option("yes", "Yes", 4), option("no", "No", 0)],
                        condition="sells_food = yes",
                    ),
                ],
            },
        ),
    ]


def levels():
    return [
        block("level", {"code": "start", "name": "Start", "minimum": 0, "description": ""}),
        block("level", {"code": "basis", "name": "Basis", "minimum": 25, "description": ""}),
        block("level", {"code": "advanced", "name": "Advanced", "minimum": 50, "description": ""}),
        block("level", {"code": "frontrunner", "name": "Frontrunner", "minimum": 75, "description": ""}),
    ]


def ladder():
    return [
        block("step", {"code": "aware", "name": "Aware", "minimum": 0, "description": ""}),
        block("step", {"code": "plan", "name": "Plan and monitoring", "minimum": 50, "description": ""}),
    ]


@pytest.fixture
def scan_page(site_tree):
    page = ScanPage(
        title="Biodiversity scan",
        slug="scan",
        privacy_notice="<p>We keep your answers for three years. Drafts go after 30 days.</p>",
        consent_version="2026-11",
        questionnaire=small_questionnaire(),
        levels=levels(),
        ladder=ladder(),
        tag_reasons=[block("tag", {"code": "sealed_high", "reason": "Most of your site is sealed."})],
        ladder_theme="governance",
    )
    site_tree.home.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


PROFILE = {
    "company_name": "Groene Logistiek NV",
    "sector": "h",
    "staff": "50-249",
    "tenure": "owner",
    "postcode": "2030",
    "municipality": "Antwerpen",
    "total_area": "20000",
    "built_area": "8000",
    "outdoor_area": "9000",
    "parking_area": "3000",
    "borders": ["infrastructure", "water"],
    "buys_risky_commodities": "no",
    "sells_food": "no",
    "finances": "no",
    "primary_production": "no",
    "contact_name": "An Peeters",
    "contact_email": "an@example.be",
}


class Wizard:
    """Walks a ScanPage's wizard with a Django test client, as a browser would."""

    def __init__(self, client, page):
        self.client = client
        self.page = page
        self.prefix = f"scan_{page.translation_key.hex}"

    def url(self, step, page=None):
        return f"{(page or self.page).url}{step}/"

    def post(self, step, data=None, page=None, management_step=None, **extra):
        payload = {f"{self.prefix}-current_step": management_step or step}
        for name, value in (data or {}).items():
            payload[name if name.startswith(("wizard_", self.prefix)) else f"{step}-{name}"] = value
        return self.client.post(self.url(step, page), payload, **extra)

    def start(self):
        self.client.get(self.page.url)
        return self.post("intro", {"consent": "on"})

    def through_profile(self, **changes):
        self.start()
        return self.post("profile", {**PROFILE, **changes})

    def token(self):
        return self.client.session["scan_drafts"][str(self.page.translation_key)]

    @staticmethod
    def location(response):
        return response["Location"]


def results_token(response):
    match = re.search(r"/results/([^/]+)/$", response["Location"])
    assert match, response["Location"]
    return match.group(1)


@pytest.fixture
def wizard(client, scan_page):
    return Wizard(client, scan_page)
