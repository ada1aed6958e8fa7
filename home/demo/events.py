"""The demo's events: the events index, its event pages and the registrations for the working group's get-together.

``load_events`` runs with the English page tree (``DemoLoader.run``): it makes the events index and the event
pages through the loader, so they are found by their slug, registered for translation and translated like the
other pages. The get-together's workshops are child rows, which the loader's texts cannot reach: their Dutch,
French and German titles and descriptions are stored beforehand as wagtail-localize string translations, so the
translated pages get them when they are made.

``load_registrations`` runs after the translations: forty registrants of the get-together, each on the page in
their own language, with a full ranking of the four workshops. A registration is found by its e-mail address on
the event (in any status), so a second run makes nothing new.

Dates are worked out from the moment the loader runs (see ``home/demo/content/events.py``). Once made, an event
keeps its dates: a demo loaded long ago has its get-together in the past.
"""

import datetime
import random

from django.utils import timezone
from wagtail_localize.models import StringSegment, TranslationSource

from home import factories
from home.demo.content import events as content
from home.demo.translations import save_string_translations
from home.models import EventIndexPage, EventOrganiser, EventPage, Registration, Workshop, WorkshopChoice

REGISTERED_DAYS = 27  # the demo registrations are spread over the last 27 days, after registration opened
WEEKS_OF_A_YEAR = datetime.timedelta(weeks=52)


class EventIndexPageFactory(factories.AlliancePageFactory):
    class Meta:
        model = EventIndexPage


class EventPageFactory(factories.AlliancePageFactory):
    class Meta:
        model = EventPage


def local(day, time):
    """An aware datetime at ``time`` on ``day`` in the site's time zone (Europe/Brussels)."""
    return timezone.make_aware(datetime.datetime.combine(day, time))


def get_together_dates(spec, now):
    """(start, end) on the first ``weekday`` at least ``weeks_ahead`` weeks after ``now``."""
    when = spec["when"]
    day = timezone.localdate(now) + datetime.timedelta(weeks=when["weeks_ahead"])
    day += datetime.timedelta(days=(when["weekday"] - day.weekday()) % 7)
    return local(day, when["start"]), local(day, when["end"])


def newsletter_dates(spec, now):
    """The seed's (start, end), moved by whole 52-week years until the event starts after ``now`` unless past."""
    start, end = timezone.make_aware(spec["start"]), timezone.make_aware(spec["end"])
    while not spec.get("past") and start <= now:
        # Shift the local wall-clock times, so that 9:00 stays 9:00 across summer time.
        start = timezone.make_aware(timezone.make_naive(start) + WEEKS_OF_A_YEAR)
        end = timezone.make_aware(timezone.make_naive(end) + WEEKS_OF_A_YEAR)
    return start, end


def event_fields(loader, spec, start, end, now):
    """The event page's fields that are the same in every language, and its organisers and workshops."""
    fields = {"start": start, "end": end, **spec["settings"]}
    if "registration" in spec:
        registration = spec["registration"]
        opens = local(
            timezone.localdate(now) - datetime.timedelta(days=registration["opened_days_before_load"]),
            datetime.time(9, 0),
        )
        fields["registration_opens_at"] = opens
        fields["registration_closes_at"] = start - datetime.timedelta(days=registration["closes_days_before_event"])
    fields["organisers"] = [
        EventOrganiser(organisation=loader.refs[("organisation", key)], sort_order=index)
        for index, key in enumerate(spec["organisers"])
    ]
    fields["workshops"] = [
        Workshop(
            title=workshop["title"].get("en"),
            description=workshop["description"].get("en"),
            capacity=workshop["capacity"],
            sort_order=index,
        )
        for index, workshop in enumerate(spec.get("workshops", []))
    ]
    return fields


def translate_workshops(page, workshops, locales):
    """Store the workshops' titles and descriptions in the languages the page is not translated into yet."""
    missing = [
        locale
        for code, locale in locales.items()
        if code != page.locale.language_code
        and not EventPage.objects.filter(translation_key=page.translation_key, locale=locale).exists()
    ]
    if not workshops or not missing:
        return
    texts = {text.get("en"): text for workshop in workshops for text in (workshop["title"], workshop["description"])}
    source, _created = TranslationSource.update_or_create_from_instance(page)
    segments = [
        segment
        for segment in StringSegment.objects.filter(
            source=source, context__path__startswith="workshops."
        ).select_related("string", "context")
        if segment.string.data in texts
    ]
    for locale in missing:
        pairs = {
            (segment.context.path, segment.string.data): texts[segment.string.data].get(locale.language_code)
            for segment in segments
        }
        save_string_translations(source, locale, pairs)


def load_events(loader, home, now=None):
    """The events index under ``home`` and its events, made with ``loader`` (a ``DemoLoader``) when missing."""
    now = now or timezone.now()
    for spec in content.ORGANISATIONS:
        loader._organisation(spec)
    index = loader._page(EventIndexPageFactory, home, "events", content.INDEX)
    events = [(content.GET_TOGETHER, get_together_dates(content.GET_TOGETHER, now))]
    events += [(spec, newsletter_dates(spec, now)) for spec in content.NEWSLETTER_EVENTS]
    for spec, (start, end) in events:
        fields = event_fields(loader, spec, start, end, now)  # used only when the page is made
        page = loader._page(EventPageFactory, index, f"event:{spec['slug']}", spec, **fields)
        translate_workshops(page, spec.get("workshops", []), loader.locales)
    return index


def created_times(count, now):
    """When each of ``count`` registrants registered: in their order, over the last ``REGISTERED_DAYS`` days."""
    rng = random.Random(content.SEED)
    step = datetime.timedelta(days=REGISTERED_DAYS) / count
    start = now - datetime.timedelta(days=REGISTERED_DAYS)
    return [(start + step * (index + rng.uniform(0.1, 0.9))).replace(microsecond=0) for index in range(count)]


def load_registrations(refs, created, now=None):
    """The demo registrations for the get-together that are not there yet; count them in ``created``."""
    now = now or timezone.now()
    english = EventPage.objects.get(pk=refs[("page", f"event:{content.GET_TOGETHER['slug']}")].pk)
    pages = {
        page.locale.language_code: page
        for page in EventPage.objects.filter(translation_key=english.translation_key).select_related("locale")
    }
    workshops = list(english.workshops.all())
    if len(workshops) != len(content.WORKSHOPS):
        return  # an editor changed the workshops: the demo rankings no longer fit
    keys = dict(zip(content.WORKSHOPS, (workshop.translation_key for workshop in workshops), strict=True))
    existing = {
        email.lower()
        for email in Registration.objects.filter(event_key=english.translation_key).values_list("email", flat=True)
    }
    choices = []
    for spec, when in zip(content.REGISTRATIONS, created_times(len(content.REGISTRATIONS), now), strict=True):
        if spec["email"].lower() in existing:
            continue
        registration = Registration.objects.create(
            event=pages.get(spec["language"], english),
            event_key=english.translation_key,
            language=spec["language"],
            status=Registration.Status.CONFIRMED,
            name=spec["name"],
            email=spec["email"],
            organisation=spec["organisation"],
            organisation_type=spec["organisation_type"],
            remarks=spec["remarks"],
            consent_given_at=when,
            created_at=when,
        )
        choices += [
            WorkshopChoice(registration=registration, workshop_key=keys[letter], rank=rank)
            for rank, letter in enumerate(spec["ranking"], start=1)
        ]
        created["registrations"] += 1
    WorkshopChoice.objects.bulk_create(choices)


def event_counts():
    """How many events and registrations exist, for the command's report."""
    return {"events": EventPage.objects.count(), "registrations": Registration.objects.count()}
