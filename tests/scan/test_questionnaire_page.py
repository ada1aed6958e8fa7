"""The questionnaire is content: editors own it, a broken one is refused, translations keep its codes."""

import copy

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.test import TestCase
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from scan.models import ScanPage
from scan.questionnaire import Condition

from .conftest import block, option, question, small_questionnaire

pytestmark = pytest.mark.django_db


def refusal(page):
    with pytest.raises(ValidationError) as error:
        page.save_revision()
    return " ".join(error.value.message_dict["questionnaire"])


def with_stream(scan_page, stream):
    page = ScanPage.objects.get(pk=scan_page.pk)
    page.questionnaire = stream
    return page


def step(stream, code):
    return next(item for item in stream if item["type"] == "step" and item["value"]["code"] == code)["value"]


def test_a_valid_questionnaire_can_be_saved(scan_page):
    scan_page.save_revision().publish()


def test_duplicate_question_code_is_refused_and_named(scan_page):
    stream = small_questionnaire()
    step(stream, "policy")["questions"].append(
        question("meadow", "Again?", "single", "governance", [option("a", "A", 1)])
    )
    assert "Duplicate question code “meadow”." in refusal(with_stream(scan_page, stream))


def test_unknown_theme_is_refused_and_named(scan_page):
    stream = small_questionnaire()
    step(stream, "policy")["questions"][0]["value"]["theme"] = "finance"
    assert "Question “plan” belongs to an unknown theme “finance”." in refusal(with_stream(scan_page, stream))


def test_condition_on_an_unknown_question_is_refused(scan_page):
    stream = small_questionnaire()
    step(stream, "policy")["questions"][0]["value"]["condition"] = "swimming_pool = yes"
    message = refusal(with_stream(scan_page, stream))
    assert "question “plan”" in message and "“swimming_pool”" in message


def test_condition_on_a_later_question_is_refused(scan_page):
    stream = small_questionnaire()
    step(stream, "site")["questions"][0]["value"]["condition"] = "plan = adopted"
    message = refusal(with_stream(scan_page, stream))
    assert "question “sealed_share”" in message and "“plan”" in message


def test_a_theme_with_no_questions_is_refused(scan_page):
    stream = small_questionnaire()
    stream.insert(0, block("theme", {"code": "water", "name": "Water", "description": "", "weight": 10, "advice": []}))
    assert "Theme “water” has no questions." in refusal(with_stream(scan_page, stream))


def test_duplicate_option_codes_and_reserved_step_codes_are_refused(scan_page):
    stream = small_questionnaire()
    step(stream, "policy")["questions"][0]["value"]["options"].append(option("no", "Nope", 0))
    step(stream, "policy")["code"] = "check"
    message = refusal(with_stream(scan_page, stream))
    assert "Question “plan” has the option code “no” twice." in message
    assert "The step code “check” is reserved" in message


def test_the_admin_editor_of_the_scan_opens(client, scan_page):
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(admin)
    assert client.get(f"/admin/pages/{scan_page.pk}/edit/").status_code == 200


def test_editors_preview_the_whole_questionnaire(client, scan_page):
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(admin)
    response = client.get(f"/admin/pages/{scan_page.pk}/view_draft/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Do you have a flower meadow?" in html and "Which shelters are there?" in html


def test_conditions_read_numbers_yes_no_and_lists():
    condition = Condition.parse("outdoor_area > 0 and borders = water")
    assert condition.holds({"outdoor_area": 10, "borders": ["water", "housing"]})
    assert not condition.holds({"outdoor_area": 0, "borders": ["water"]})
    assert not condition.holds({"borders": ["water"]})  # a missing answer never satisfies a condition
    assert Condition.parse("sells_food = yes").holds({"sells_food": "yes"})
    assert Condition.parse("sells_food != yes").holds({"sells_food": "no"})


def test_translation_keeps_codes_points_tags_and_conditions(scan_page, site_tree, locales):
    nl = locales["nl"]
    creator = TranslationCreator(user=None, target_locales=[nl])
    creator.create_translations(site_tree.home)
    creator.create_translations(scan_page)
    source = TranslationSource.objects.get_for_instance(scan_page)
    translatable = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    assert "Do you have a flower meadow?" in translatable and "Under 500 m²" in translatable
    # Codes, tags and conditions are not offered for translation.
    for code in ("meadow", "no_meadow", "sealed_high", "outdoor_area > 0", "sells_food = yes", "habitats"):
        assert code not in translatable
    for original, translated in [
        ("Do you have a flower meadow?", "Heeft u een bloemenweide?"),
        ("Under 500 m²", "Minder dan 500 m²"),
    ]:
        segment = StringSegment.objects.get(source=source, string__data=original)
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=nl,
            context=segment.context,
            data=translated,
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        )
    with TestCase.captureOnCommitCallbacks(execute=True):
        for translations in creator.mappings.values():
            for translation in translations:
                translation.save_target(publish=True)

    dutch = ScanPage.objects.get(locale=nl, translation_key=scan_page.translation_key)
    english_definition, dutch_definition = scan_page.definition, dutch.definition
    meadow = dutch_definition.question("meadow")
    assert meadow.text == "Heeft u een bloemenweide?"
    assert [o.label for o in meadow.options][1] == "Minder dan 500 m²"
    for english, translated in zip(english_definition.questions, dutch_definition.questions, strict=True):
        assert translated.code == english.code
        assert translated.theme == english.theme
        assert translated.condition == english.condition
        assert translated.bands == english.bands
        assert [(o.code, o.points, o.tags) for o in translated.options] == [
            (o.code, o.points, o.tags) for o in english.options
        ]
    assert [(t.code, t.weight) for t in dutch_definition.themes] == [
        (t.code, t.weight) for t in english_definition.themes
    ]
    assert dutch.consent_version == scan_page.consent_version


def test_editing_codes_in_the_source_reaches_the_translation_on_sync(scan_page, site_tree, locales):
    # Points edited in English arrive in Dutch when translations are synced, not through translators.
    nl = locales["nl"]
    creator = TranslationCreator(user=None, target_locales=[nl])
    creator.create_translations(site_tree.home)
    creator.create_translations(scan_page)
    with TestCase.captureOnCommitCallbacks(execute=True):
        for translations in creator.mappings.values():
            for translation in translations:
                translation.save_target(publish=True)
    stream = copy.deepcopy(scan_page.questionnaire.raw_data)
    step(stream, "nature")["questions"][0]["value"]["options"][2]["value"]["points"] = 6
    page = with_stream(scan_page, stream)
    page.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(scan_page)
    source.update_from_db()
    with TestCase.captureOnCommitCallbacks(execute=True):
        source.translations.get(target_locale=nl).save_target(publish=True)
    dutch = ScanPage.objects.get(locale=nl, translation_key=scan_page.translation_key)
    assert dutch.definition.question("meadow").option("large").points == 6
