"""The events' public views: the index (upcoming and past, by organiser), the iCalendar feed and each .ics file."""

import html
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from home import ical
from home.models import EventOrganiser, EventPage, Organisation

PAST_PER_PAGE = 10
FEED_LIMIT = 100


def with_organisers(events):
    return events.select_related("locale").prefetch_related(
        Prefetch("organisers", queryset=EventOrganiser.objects.select_related("organisation"))
    )


def upcoming_events(parent, limit=None, now=None):
    """Live events under ``parent`` that have not ended, soonest first."""
    events = with_organisers(
        EventPage.objects.live().descendant_of(parent).filter(end__gte=now or timezone.now()).order_by("start", "pk")
    )
    return events[:limit] if limit else events


def organiser_choices(index):
    """The organisations that organise live events under ``index``, by name (one query)."""
    return list(
        Organisation.objects.filter(
            pk__in=EventOrganiser.objects.filter(page__in=EventPage.objects.live().child_of(index).values("pk")).values(
                "organisation_id"
            )
        ).order_by("name")
    )


def index_view(request, index):
    now = timezone.now()
    events = EventPage.objects.live().child_of(index)
    organisers = organiser_choices(index)
    chosen = None
    raw = request.GET.get("organiser", "")
    if raw:
        chosen = next((organisation for organisation in organisers if str(organisation.pk) == raw), None)
        if chosen is None:
            return index_response(request, index, events, organisers, None, now, notice=True)
        events = events.filter(organisers__organisation=chosen).distinct()
    return index_response(request, index, events, organisers, chosen, now)


def index_response(request, index, events, organisers, chosen, now, notice=False):
    upcoming = list(with_organisers(events.filter(end__gte=now).order_by("start", "pk")))
    paginator = Paginator(with_organisers(events.filter(end__lt=now).order_by("-start", "-pk")), PAST_PER_PAGE)
    try:
        page_number = int(request.GET.get("page", "1"))
    except ValueError:
        page_number = 1
    try:
        past = paginator.page(page_number)
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404(_("There is no such page of past events.")) from error
    context = index.get_context(request)
    context.update(
        upcoming=upcoming,
        past=past,
        organisers=organisers,
        chosen_organiser=chosen,
        unknown_organiser=notice,
        feed_url=f"{index.url}feed/",
        filter_query=urlencode({"organiser": chosen.pk}) if chosen else "",
    )
    return TemplateResponse(request, index.get_template(request), context)


def event_context(page):
    state = page.registration_state()
    places_left = page.places_left() if state == "open" else None
    return {
        "organisers": [link.organisation for link in page.organisers.select_related("organisation")],
        "workshops": page.workshop_list,
        "registration_state": state,
        "places_left": places_left,
        "is_full": places_left == 0,
    }


def plain(markup):
    return html.unescape(strip_tags(markup or "")).strip()


def calendar_event(page, request):
    url = request.build_absolute_uri(page.url)
    location = ", ".join(part for part in [page.venue_name, " ".join(page.venue_address.split())] if part)
    description = "\n\n".join(part for part in [plain(page.introduction), url] if part)
    return ical.CalendarEvent(
        uid=f"event-{page.translation_key}@{request.get_host().split(':')[0]}",
        start=page.start,
        end=page.end,
        summary=page.title,
        description=description,
        location=location or page.online_url,
        url=url,
        last_modified=page.last_published_at,
    )


def calendar_response(text, filename):
    response = HttpResponse(text, content_type=ical.CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def ics_view(request, page):
    text = ical.event_calendar(calendar_event(page, request), name=page.title)
    return calendar_response(text, f"{page.slug}.ics")


def feed_view(request, index):
    events = upcoming_events(index)[:FEED_LIMIT]
    text = ical.calendar(
        [calendar_event(event, request) for event in events],
        name=index.title,
        description=_("Upcoming events of the Belgian Biodiversity Alliance"),
    )
    response = calendar_response(text, "events.ics")
    response["Content-Disposition"] = 'inline; filename="events.ics"'
    return response
