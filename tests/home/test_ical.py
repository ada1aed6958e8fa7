"""The iCalendar writer (home/ical.py), read back with a small RFC 5545 parser written here."""

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from home.ical import CONTENT_TYPE, CalendarEvent, calendar, escape_text, event_calendar, fold

BRUSSELS = ZoneInfo("Europe/Brussels")
NOW = datetime(2025, 1, 2, 9, 30, tzinfo=UTC)


def make_event(**overrides):
    values = {
        "uid": "event-1234@biodiversity-alliance.be",
        "start": datetime(2025, 1, 15, 14, 0, tzinfo=BRUSSELS),
        "end": datetime(2025, 1, 15, 16, 30, tzinfo=BRUSSELS),
        "summary": "Bird count",
    }
    return CalendarEvent(**(values | overrides))


def unfold(text):
    return text.replace("\r\n ", "").replace("\r\n\t", "")


def unescape(value):
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def parse(text):
    """The components as a list of (name, {property: [(params, value)]}), properties in VCALENDAR first."""
    components, stack = [], []
    for line in unfold(text).split("\r\n")[:-1]:
        head, _, value = line.partition(":")
        name, *params = head.split(";")
        if name == "BEGIN":
            stack.append((value, {}))
        elif name == "END":
            component = stack.pop()
            assert component[0] == value
            components.append(component)
        else:
            stack[-1][1].setdefault(name, []).append((dict(p.split("=", 1) for p in params), value))
    assert not stack
    return components


def vevents(text):
    return [props for kind, props in parse(text) if kind == "VEVENT"]


def prop(props, name):
    (params, value), *rest = props[name]
    assert not rest, f"{name} appears more than once"
    return value


def test_content_type():
    assert CONTENT_TYPE == "text/calendar; charset=utf-8"


def test_calendar_header_and_structure():
    text = calendar([make_event()], name="Alliance events", description="What's on", now=NOW)
    components = parse(text)
    assert [kind for kind, _ in components] == ["VEVENT", "VCALENDAR"]
    cal = components[-1][1]
    assert prop(cal, "PRODID") == "-//Belgian Biodiversity Alliance//Events//EN"
    assert prop(cal, "VERSION") == "2.0"
    assert prop(cal, "CALSCALE") == "GREGORIAN"
    assert prop(cal, "METHOD") == "PUBLISH"
    assert prop(cal, "X-WR-CALNAME") == "Alliance events"
    assert unescape(prop(cal, "X-WR-CALDESC")) == "What's on"
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")


def test_no_caldesc_without_description():
    assert "X-WR-CALDESC" not in calendar([make_event()], name="Events", now=NOW)


def test_crlf_everywhere():
    event = make_event(description="one\ntwo\r\nthree\rfour", summary="x" * 300, location="A\nB")
    text = calendar([event, make_event(uid="other@x")], name="Events", now=NOW)
    assert "\n" not in text.replace("\r\n", "")
    assert "\r" not in text.replace("\r\n", "")
    assert text.endswith("\r\n")


def test_long_summary_is_folded_at_75_octets_and_unfolds_exactly():
    summary = ("Écologie des zones humides à Bruxelles — journée d'étude 🦉 " * 4)[:200]
    assert len(summary) == 200
    text = event_calendar(make_event(summary=summary), name="Events", now=NOW)
    physical = text.encode("utf-8").split(b"\r\n")[:-1]
    for line in physical:
        assert len(line) <= 75
        line.decode("utf-8")  # each physical line is valid UTF-8 on its own: no character was split
    assert any(line.startswith(b" ") for line in physical)
    assert unescape(prop(vevents(text)[0], "SUMMARY")) == summary


@pytest.mark.parametrize("prefix", range(8))
def test_fold_never_splits_a_multibyte_character(prefix):
    line = "SUMMARY:" + "a" * prefix + "🦉é€" * 40
    folded = fold(line)
    for physical in folded.split("\r\n"):
        assert len(physical.encode("utf-8")) <= 75
    assert all(part.startswith(" ") for part in folded.split("\r\n")[1:])
    assert unfold(folded) == line


def test_short_line_is_not_folded():
    line = "SUMMARY:" + "a" * 67
    assert fold(line) == line
    assert fold(line + "b") == line + "\r\n b"


@pytest.mark.parametrize(
    "value",
    [
        "Plain",
        "Comma, semicolon; backslash \\ done",
        "Lines\nand more lines\n\nend",
        "\\n is not a newline, \\; nor \\,",
        "Trailing backslash \\",
        "Accents: é à ü ç, emoji 🐝; mixed\\",
    ],
)
def test_text_escaping_round_trips(value):
    event = make_event(summary=value, description=value, location=value)
    text = event_calendar(event, name=value, now=NOW)
    props = vevents(text)[0]
    for name in ("SUMMARY", "DESCRIPTION", "LOCATION"):
        raw = prop(props, name)
        assert not re.search(r"[,;\n]", re.sub(r"\\.", "", raw))  # every comma and semicolon is escaped
        assert unescape(raw) == value
    assert unescape(prop(parse(text)[-1][1], "X-WR-CALNAME")) == value


def test_escape_text_exact():
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


def test_control_characters_are_stripped():
    event = make_event(summary="Bell\x07 and\x00 nul\x1b[0m\x7f\x85", description="tab\tkept\r\nCRLF")
    props = vevents(event_calendar(event, name="Events", now=NOW))[0]
    assert unescape(prop(props, "SUMMARY")) == "Bell and nul[0m"
    assert unescape(prop(props, "DESCRIPTION")) == "tab\tkept\nCRLF"


def test_required_properties_in_every_vevent():
    events = [make_event(uid=f"event-{i}@biodiversity-alliance.be") for i in range(3)]
    for props in vevents(calendar(events, name="Events", now=NOW)):
        for name in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "STATUS", "SEQUENCE"):
            assert len(props[name]) == 1, name


def test_winter_time_in_utc():
    props = vevents(event_calendar(make_event(), name="Events", now=NOW))[0]
    assert prop(props, "DTSTART") == "20250115T130000Z"
    assert prop(props, "DTEND") == "20250115T153000Z"
    assert prop(props, "DTSTAMP") == "20250102T093000Z"


def test_summer_time_in_utc():
    event = make_event(
        start=datetime(2025, 7, 15, 14, 0, tzinfo=BRUSSELS), end=datetime(2025, 7, 15, 17, 0, tzinfo=BRUSSELS)
    )
    props = vevents(event_calendar(event, name="Events", now=NOW))[0]
    assert prop(props, "DTSTART") == "20250715T120000Z"
    assert prop(props, "DTEND") == "20250715T150000Z"
    assert all(not params for params, _ in props["DTSTART"])  # no TZID: no VTIMEZONE needed


def test_time_across_the_dst_change():
    # 30 March 2025, 01:30 CET to 03:30 CEST: one hour of real time.
    start = datetime(2025, 3, 30, 1, 30, tzinfo=BRUSSELS)
    event = make_event(start=start, end=datetime(2025, 3, 30, 3, 30, tzinfo=BRUSSELS))
    props = vevents(event_calendar(event, name="Events", now=NOW))[0]
    assert (prop(props, "DTSTART"), prop(props, "DTEND")) == ("20250330T003000Z", "20250330T013000Z")


@pytest.mark.parametrize("end", [None, datetime(2025, 1, 15, 14, 0, tzinfo=BRUSSELS), datetime(2025, 1, 1, tzinfo=UTC)])
def test_missing_or_non_positive_end_defaults_to_one_hour(end):
    props = vevents(event_calendar(make_event(end=end), name="Events", now=NOW))[0]
    assert prop(props, "DTEND") == "20250115T140000Z"


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        event_calendar(make_event(start=datetime(2025, 1, 15, 14, 0), end=None), name="Events", now=NOW)


def test_feed_with_several_events_keeps_their_order():
    events = [
        make_event(uid="b@x", summary="Second by date", start=datetime(2025, 6, 1, 10, tzinfo=BRUSSELS), end=None),
        make_event(uid="a@x", summary="First by date"),
        make_event(uid="c@x", summary="Cancelled", status="CANCELLED", sequence=2),
    ]
    props = vevents(calendar(events, name="Upcoming events", now=NOW))
    assert [prop(p, "UID") for p in props] == ["b@x", "a@x", "c@x"]
    assert [prop(p, "SUMMARY") for p in props] == ["Second by date", "First by date", "Cancelled"]
    assert [prop(p, "STATUS") for p in props] == ["CONFIRMED", "CONFIRMED", "CANCELLED"]
    assert [prop(p, "SEQUENCE") for p in props] == ["0", "0", "2"]


def test_empty_feed_is_a_valid_calendar():
    assert [kind for kind, _ in parse(calendar([], name="Events", now=NOW))] == ["VCALENDAR"]


def test_cancelled_event():
    props = vevents(event_calendar(make_event(status="cancelled", sequence=3), name="Events", now=NOW))[0]
    assert prop(props, "STATUS") == "CANCELLED"
    assert prop(props, "SEQUENCE") == "3"


def test_unknown_status_and_method_are_refused():
    with pytest.raises(ValueError, match="status"):
        event_calendar(make_event(status="MAYBE"), name="Events", now=NOW)
    with pytest.raises(ValueError, match="METHOD"):
        event_calendar(make_event(), name="Events", method="PUBLISH\r\nX:1", now=NOW)


def test_url_is_a_uri_not_escaped_text():
    url = "https://biodiversity-alliance.be/en/events/bird-count/?a=1,2;b=3"
    props = vevents(event_calendar(make_event(url=url), name="Events", now=NOW))[0]
    assert prop(props, "URL") == url


def test_optional_properties_are_omitted_when_empty():
    props = vevents(event_calendar(make_event(), name="Events", now=NOW))[0]
    for name in ("DESCRIPTION", "LOCATION", "URL", "LAST-MODIFIED", "ORGANIZER"):
        assert name not in props


def test_organizer_name_goes_into_the_description_not_organizer():
    event = make_event(description="Bring boots.", organizer_name="Natuurpunt, Gent")
    props = vevents(event_calendar(event, name="Events", now=NOW, organizer_label="Organisator"))[0]
    assert "ORGANIZER" not in props
    assert unescape(prop(props, "DESCRIPTION")) == "Bring boots.\n\nOrganisator: Natuurpunt, Gent"


def test_last_modified_sets_dtstamp_and_output_is_deterministic():
    modified = datetime(2024, 12, 20, 18, 5, 7, tzinfo=BRUSSELS)
    event = make_event(last_modified=modified, description="d", location="l", url="https://x.be/")
    first = event_calendar(event, name="Events")  # no `now`: last_modified makes it deterministic anyway
    assert first == event_calendar(event, name="Events")
    props = vevents(first)[0]
    assert prop(props, "DTSTAMP") == prop(props, "LAST-MODIFIED") == "20241220T170507Z"


def test_dtstamp_defaults_to_now():
    before = datetime.now(UTC).replace(microsecond=0)
    stamp = prop(vevents(event_calendar(make_event(), name="Events"))[0], "DTSTAMP")
    parsed = datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    assert before <= parsed <= datetime.now(UTC) + timedelta(seconds=1)


def test_parses_with_the_icalendar_package():
    icalendar = pytest.importorskip("icalendar")
    summary = "Café, 🦉; \\ « long » " * 10
    events = [make_event(summary=summary, description="a\nb", url="https://x.be/e"), make_event(uid="z@x")]
    parsed = icalendar.Calendar.from_ical(calendar(events, name="Events", now=NOW))
    vevent = parsed.walk("VEVENT")
    assert [str(e["UID"]) for e in vevent] == ["event-1234@biodiversity-alliance.be", "z@x"]
    assert str(vevent[0]["SUMMARY"]) == summary
    assert vevent[0].decoded("DTSTART") == datetime(2025, 1, 15, 13, tzinfo=UTC)
