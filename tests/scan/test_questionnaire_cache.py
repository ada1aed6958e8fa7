"""The built questionnaire is shared by the requests of a process, and never outlives the content it was built from."""

import copy

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation

from scan import questionnaire as q
from scan.models import ScanPage

from .conftest import PROFILE, Wizard, block, question

pytestmark = pytest.mark.django_db


def republished(scan_page, change):
    """The live scan page after publishing a new revision with ``change`` applied to its raw questionnaire."""
    page = ScanPage.objects.get(pk=scan_page.pk)
    stream = copy.deepcopy(list(page.questionnaire.raw_data))
    change(stream)
    page.questionnaire = stream
    page.save_revision().publish()
    return ScanPage.objects.get(pk=scan_page.pk)


def step_value(stream, code):
    return next(item for item in stream if item["type"] == "step" and item["value"]["code"] == code)["value"]


def rename_meadow(text):
    def change(stream):
        step_value(stream, "nature")["questions"][0]["value"]["text"] = text

    return change


def test_pages_loaded_again_share_one_built_questionnaire(scan_page):
    first = ScanPage.objects.get(pk=scan_page.pk).definition
    assert ScanPage.objects.get(pk=scan_page.pk).definition is first


def test_a_republished_question_is_asked_at_once(client, scan_page):
    wizard = Wizard(client, scan_page)
    wizard.through_profile()
    wizard.post("site", {"sealed_share": "40"})
    assert "Do you have a flower meadow?" in client.get(wizard.url("nature")).content.decode()

    republished(scan_page, rename_meadow("How much flower meadow do you have?"))

    html = client.get(wizard.url("nature")).content.decode()
    assert "How much flower meadow do you have?" in html
    assert "Do you have a flower meadow?" not in html


def test_a_question_added_on_republishing_is_asked_and_scored(client, scan_page):
    def add_question(stream):
        step_value(stream, "policy")["questions"].append(
            question(
                "green_roof",
                "Do you have a green roof?",
                "yes_no",
                "governance",
                [],
            )
        )

    republished(scan_page, add_question)
    wizard = Wizard(client, scan_page)
    wizard.through_profile()
    wizard.post("site", {"sealed_share": "40"})
    wizard.post("nature", {"meadow": "large", "shelters": ["bird_boxes"]})
    html = client.get(wizard.url("policy")).content.decode()
    assert "Do you have a green roof?" in html
    assert 'name="policy-green_roof"' in html


def test_an_old_revision_keeps_its_own_questionnaire(scan_page):
    old_revision = scan_page.live_revision
    republished(scan_page, rename_meadow("How much flower meadow do you have?"))
    assert ScanPage.objects.get(pk=scan_page.pk).definition.question("meadow").text == (
        "How much flower meadow do you have?"
    )
    assert old_revision.as_object().definition.question("meadow").text == "Do you have a flower meadow?"


def test_a_draft_is_previewed_with_its_own_questions_while_the_live_page_keeps_its_own(client, scan_page):
    page = ScanPage.objects.get(pk=scan_page.pk)
    stream = copy.deepcopy(list(page.questionnaire.raw_data))
    rename_meadow("A draft question about meadows?")(stream)
    page.questionnaire = stream
    page.save_revision()  # a draft: not published

    admin = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(admin)
    preview = client.get(f"/admin/pages/{scan_page.pk}/view_draft/").content.decode()
    assert "A draft question about meadows?" in preview
    assert ScanPage.objects.get(pk=scan_page.pk).definition.question("meadow").text == "Do you have a flower meadow?"


def test_the_default_yes_no_labels_follow_the_language():
    stream = [
        block("theme", {"code": "governance", "name": "Governance", "description": "", "weight": 10, "advice": []}),
        block(
            "step",
            {
                "code": "policy",
                "title": "Policy",
                "intro": "",
                "condition": "",
                "questions": [question("plan", "Do you have a plan?", "yes_no", "governance", [])],
            },
        ),
    ]
    with translation.override("en"):
        english = q.build_cached(stream)
    with translation.override("nl"):
        dutch = q.build_cached(stream)
    assert [option.label for option in english.question("plan").options] == ["Yes", "No"]
    assert [option.label for option in dutch.question("plan").options] == ["Ja", "Nee"]


def test_the_memory_is_bounded_and_other_input_is_built_every_time(scan_page):
    q.forget_built()
    raw = list(scan_page.questionnaire.raw_data)
    for number in range(q.BUILT_CACHE_SIZE + 5):
        q.build_cached(raw, ladder_theme=f"theme_{number}")
    assert len(q._built) == q.BUILT_CACHE_SIZE
    # Block values (not raw data) are built, not remembered.
    q.forget_built()
    built = q.build_cached(scan_page.questionnaire)
    assert built.question("meadow").text == "Do you have a flower meadow?"
    assert len(q._built) == 0


def test_the_wizard_follows_a_republished_condition(client, scan_page):
    # The nature step applies when outdoor_area > 0; republished to need more than 10,000 m², it is skipped.
    wizard = Wizard(client, scan_page)
    wizard.through_profile(**{**PROFILE, "outdoor_area": "9000"})
    response = wizard.post("site", {"sealed_share": "40"})
    assert response["Location"] == wizard.url("nature")

    def stricter(stream):
        step_value(stream, "nature")["condition"] = "outdoor_area > 10000"

    republished(scan_page, stricter)
    response = wizard.post("site", {"sealed_share": "40"})
    assert response["Location"] == wizard.url("policy")


def test_a_question_republished_by_another_server_is_asked_at_once(client, scan_page, monkeypatch):
    """Served pages find their questionnaire by published revision: a publication made by another process (which
    cannot empty this one's memory) is seen on the next request."""
    from scan import models

    wizard = Wizard(client, scan_page)
    wizard.through_profile()
    wizard.post("site", {"sealed_share": "40"})
    assert "Do you have a flower meadow?" in client.get(wizard.url("nature")).content.decode()

    monkeypatch.setattr(models.served_definitions, "clear", lambda: None)
    republished(scan_page, rename_meadow("Where is your flower meadow?"))

    html = client.get(wizard.url("nature")).content.decode()
    assert "Where is your flower meadow?" in html
    assert "Do you have a flower meadow?" not in html
