"""A small iCalendar (RFC 5545) writer for the alliance's events: one ``.ics`` per event and a feed of them.

Pure Python, no models: the caller turns its event pages into :class:`CalendarEvent` values.

Choices, so that the output is valid for Google Calendar, Apple Calendar, Outlook and Thunderbird:

* Times are written in UTC with a ``Z`` suffix (``DTSTART:20250115T130000Z``). That form is valid everywhere
  without a VTIMEZONE component, and every client shows it in the reader's own time zone; a hand-written
  VTIMEZONE for Europe/Brussels would add nothing for one-off events but a way to get the rules wrong.
* An event without an end, or whose end is not after its start, lasts one hour (:data:`DEFAULT_DURATION`).
* DTSTAMP is the event's ``last_modified`` when given, else the ``now`` argument (default ``timezone.now()``);
  pass ``now`` for byte-identical output across calls.
* ORGANIZER is never written: RFC 5545 requires a cal-address (``mailto:``) there and we only know a name.
  The name is appended to DESCRIPTION instead, after ``organizer_label`` (pass a translated label).
* METHOD defaults to PUBLISH, right for both the feed and a confirmation e-mail attachment (REQUEST would
  need ORGANIZER and ATTENDEE). Lines end in CRLF and are folded at 75 octets without splitting a character.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.utils import timezone

CONTENT_TYPE = "text/calendar; charset=utf-8"
PRODID = "-//Belgian Biodiversity Alliance//Events//EN"
DEFAULT_DURATION = timedelta(hours=1)
STATUSES = ("CONFIRMED", "TENTATIVE", "CANCELLED")
MAX_LINE_OCTETS = 75
# CONTROL in RFC 5545 (all C0 but HTAB, and DEL) plus the C1 controls; newlines are normalised first.
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f]")
_TOKEN = re.compile(r"[A-Za-z0-9-]+")


@dataclass(frozen=True)
class CalendarEvent:
    uid: str  # stable and globally unique, e.g. f"event-{translation_key}@biodiversity-alliance.be"
    start: datetime  # timezone-aware
    end: datetime | None  # timezone-aware; missing or not after start: DEFAULT_DURATION after start
    summary: str
    description: str = ""  # plain text, may contain newlines
    location: str = ""
    url: str = ""
    organizer_name: str = ""  # goes into DESCRIPTION, not ORGANIZER (see the module docstring)
    last_modified: datetime | None = None
    status: str = "CONFIRMED"  # or "CANCELLED" (or "TENTATIVE")
    sequence: int = 0


def _clean(value: str) -> str:
    """Normalise newlines to LF and drop control characters (LF and HTAB are kept)."""
    value = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(lambda m: m.group() if m.group() == "\n" else "", value)


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newline escaped."""
    value = _clean(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\n", "\\n")


def _uri(value: str) -> str:
    """A URI value is not escaped like TEXT; it may not hold controls or spaces."""
    return _CONTROL.sub("", str(value)).strip().replace(" ", "%20")


def _utc(value: datetime) -> str:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"iCalendar times must be timezone-aware, got {value!r}")
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space and no
    UTF-8 sequence is split. Returns the physical lines joined by CRLF, without a trailing CRLF."""
    lines, current, size, limit = [], [], 0, MAX_LINE_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            lines.append("".join(current))
            current, size, limit = [" "], 1, MAX_LINE_OCTETS
        current.append(char)
        size += octets
    lines.append("".join(current))
    return "\r\n".join(lines)


def _event_lines(event: CalendarEvent, now: datetime, organizer_label: str) -> list[str]:
    status = event.status.upper()
    if status not in STATUSES:
        raise ValueError(f"Unknown event status {event.status!r}; expected one of {STATUSES}")
    if int(event.sequence) < 0:
        raise ValueError("SEQUENCE must not be negative")
    end = event.end if event.end is not None and event.end > event.start else event.start + DEFAULT_DURATION
    description = _clean(event.description).strip()
    if event.organizer_name.strip():
        organizer = f"{organizer_label}: {_clean(event.organizer_name).strip()}"
        description = f"{description}\n\n{organizer}" if description else organizer
    lines = [
        "BEGIN:VEVENT",
        f"UID:{escape_text(event.uid)}",
        f"DTSTAMP:{_utc(event.last_modified or now)}",
        f"DTSTART:{_utc(event.start)}",
        f"DTEND:{_utc(end)}",
        f"SUMMARY:{escape_text(event.summary)}",
    ]
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    if event.location.strip():
        lines.append(f"LOCATION:{escape_text(event.location.strip())}")
    if _uri(event.url):
        lines.append(f"URL:{_uri(event.url)}")
    lines += [f"STATUS:{status}", f"SEQUENCE:{int(event.sequence)}"]
    if event.last_modified is not None:
        lines.append(f"LAST-MODIFIED:{_utc(event.last_modified)}")
    lines.append("END:VEVENT")
    return lines


def calendar(
    events: Iterable[CalendarEvent],
    *,
    name: str,
    description: str = "",
    method: str = "PUBLISH",
    now: datetime | None = None,
    organizer_label: str = "Organiser",
) -> str:
    """A VCALENDAR holding ``events`` in the order given, as text with CRLF line endings."""
    if not _TOKEN.fullmatch(method):
        raise ValueError(f"Invalid METHOD {method!r}")
    now = now or timezone.now()
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{PRODID}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method.upper()}",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    if description.strip():
        lines.append(f"X-WR-CALDESC:{escape_text(description.strip())}")
    for event in events:
        lines += _event_lines(event, now, organizer_label)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def event_calendar(event: CalendarEvent, *, name: str, **kwargs) -> str:
    """A VCALENDAR with one event, for its ``.ics`` download or an e-mail attachment."""
    return calendar([event], name=name, **kwargs)
