"""wagtail-localize translates an objective's texts and keeps its numbers in sync with the source."""

from decimal import Decimal

import pytest
from django.test import TestCase
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from home.models import ObjectivePage

pytestmark = pytest.mark.django_db


def save_target(translation):
    """Save and publish a translation; wagtail-localize publishes once the transaction commits."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)


def submit_for_translation(pages, locale):
    creator = TranslationCreator(user=None, target_locales=[locale])
    for page in pages:
        creator.create_translations(page)
    translations = [translation for group in creator.mappings.values() for translation in group]
    for translation in translations:
        save_target(translation)
    return translations


def translate_string(source, original, locale, translated):
    segment = StringSegment.objects.get(source=source, string__data=original)
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=locale,
        context=segment.context,
        defaults={"data": translated, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
    )


def test_translated_objective_keeps_its_targets_in_sync(site_tree, locales):
    nl = locales["nl"]
    objective = site_tree.objectives[5]
    translations = submit_for_translation([site_tree.home, site_tree.engagements, site_tree.axes[0], objective], nl)
    objective_translation = translations[-1]
    source = TranslationSource.objects.get_for_instance(objective)
    translate_string(source, "Ecological connectivity", nl, "Ecologische connectiviteit")
    translate_string(source, "of landscape elements", nl, "landschapselementen beheerd")
    save_target(objective_translation)

    dutch = ObjectivePage.objects.get(locale=nl, translation_key=objective.translation_key)
    assert dutch.live
    assert dutch.title == "Ecologische connectiviteit"
    assert dutch.number == 5
    assert [(t.value, t.description) for t in dutch.targets.all()] == [
        (Decimal("4000"), "of linear infrastructure"),
        (Decimal("10000"), "landschapselementen beheerd"),
    ]
    assert {t.locale_id for t in dutch.targets.all()} == {nl.id}

    # The source's numbers change; syncing carries them over and keeps the Dutch wording.
    objective.targets.filter(description="of landscape elements").update(value=Decimal("12500"))
    objective = ObjectivePage.objects.get(pk=objective.pk)
    objective.save_revision().publish()
    source.refresh_from_db()
    source.update_from_db()  # what "Sync translated pages" does in the admin
    save_target(Translation.objects.get(pk=objective_translation.pk))

    dutch.refresh_from_db()
    assert [(t.value, t.description) for t in dutch.targets.all()] == [
        (Decimal("4000"), "of linear infrastructure"),
        (Decimal("12500"), "landschapselementen beheerd"),
    ]
    assert dutch.title == "Ecologische connectiviteit"
    assert ObjectivePage.objects.get(pk=dutch.pk).live, "the synced translation is published"


def test_translated_objective_page_renders_its_synced_targets(client, site_tree, locales):
    nl = locales["nl"]
    submit_for_translation([site_tree.home, site_tree.engagements, site_tree.axes[0], site_tree.objectives[5]], nl)
    dutch = ObjectivePage.objects.get(locale=nl, translation_key=site_tree.objectives[5].translation_key)
    response = client.get(dutch.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert dutch.url.startswith("/nl/")
    assert "4.000" in html or "4000" in html
    assert "10.000" in html or "10000" in html
