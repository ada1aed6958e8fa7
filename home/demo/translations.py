"""Translate the demo through wagtail-localize's own models, as an editor would in the translation editor.

For each English object and target language:

1. ``TranslationSource`` extracts the object's segments and ``Translation`` links it to the target locale
   (exactly what "Translate this page" does), so the translation shows in the editor and stays in sync;
2. the object's texts are rendered in the target language on an in-memory copy of the source, and both
   copies go through wagtail-localize's segment extractor: English segment *n* pairs with translated
   segment *n*, and each pair is saved as a ``StringTranslation``;
3. ``Translation.save_target()`` creates the translated page or snippet, and the page's revision is published.
   Segments without a translation fall back to English (French and German translate only some texts).

Objects that already exist in the target language are skipped.
"""

from decimal import Decimal

from django.db import transaction
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from home.demo.text import localize


class DemoTranslationError(Exception):
    """The translated content does not have the same structure as the English content."""


def apply_texts(instance, texts, lang, key, refs):
    """Set every language-dependent field of ``instance`` (in memory) to its value in ``lang``."""
    for name, value in texts.items():
        if name == "targets":
            targets = sorted(instance.targets.all(), key=lambda target: target.sort_order)
            if len(targets) != len(value):
                raise DemoTranslationError(
                    f"{key}: {len(targets)} targets in the database, {len(value)} in the content"
                )
            for target, spec in zip(targets, value, strict=True):
                if target.value != Decimal(spec["value"]):
                    raise DemoTranslationError(f"{key}: target {target.value} does not match {spec['value']}")
                target.unit = localize(spec["unit"], lang)
                target.description = localize(spec["description"], lang)
        else:
            setattr(instance, name, localize(value, lang, f"{key}:{name}", refs))


def string_segments(instance):
    return [segment for segment in extract_segments(instance) if isinstance(segment, StringSegmentValue)]


def paired_strings(source, texts, lang, key, refs):
    """Map (segment path, English text) to the text in ``lang`` for every string segment of ``source``."""
    english, translated = source.as_instance(), source.as_instance()
    apply_texts(translated, texts, lang, key, refs)
    english_segments, translated_segments = string_segments(english), string_segments(translated)
    if [s.path for s in english_segments] != [s.path for s in translated_segments]:
        raise DemoTranslationError(
            f"{key}: the {lang!r} text does not have the same structure as the English one "
            f"({len(translated_segments)} segments instead of {len(english_segments)})"
        )
    return {
        (english.path, english.string.data): translated.string.data
        for english, translated in zip(english_segments, translated_segments, strict=True)
    }


def save_string_translations(source, locale, pairs):
    """Store the translations as the translation editor does; return how many segments were translated."""
    count = 0
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        data = pairs.get((segment.context.path, segment.string.data))
        if data is None or data == segment.string.data:
            continue  # untranslated: wagtail-localize falls back to the English text
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "tool_name": "",
                "has_error": False,
                "field_error": "",
            },
        )
        count += 1
    return count


def translation_exists(instance, locale):
    model = Page if isinstance(instance, Page) else type(instance)
    return model.objects.filter(translation_key=instance.translation_key, locale=locale).exists()


def translate(item, locale, user=None):
    """Translate one English object into ``locale`` and publish it; return False when it was already there."""
    if translation_exists(item.instance, locale):
        return False
    with transaction.atomic():
        source, _created = TranslationSource.update_or_create_from_instance(item.instance)
        translation, _created = Translation.objects.update_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        pairs = paired_strings(source, item.texts, locale.language_code, item.key, item.refs)
        save_string_translations(source, locale, pairs)
        is_page = isinstance(item.instance, Page)
        # wagtail-localize publishes pages when the outermost transaction commits; publishing the draft here
        # makes the page live at once, also when the loader runs inside a caller's transaction (tests).
        translation.save_target(user=user, publish=not is_page)
        if is_page:
            target = Page.objects.get(translation_key=item.instance.translation_key, locale=locale)
            target.get_latest_revision().publish(user=user)
        errors = StringTranslation.objects.filter(
            locale=locale, context__object_id=source.object_id, has_error=True
        ).count()
        if errors:
            raise DemoTranslationError(f"{item.key}: {errors} {locale.language_code!r} strings were rejected")
    return True
