"""Malformed payloads posted to every public form, through Django's test client on the real database, never get a
server error, and each form answers them as it documents: the scan's steps, its results and save-for-later forms,
joining an objective, registering for an event, the cancellation link and search.

Each test builds its pages, drafts and registrations once; every example then runs in a savepoint that is rolled
back, with the client's cookies restored, so that it starts from the same state (a payload that happens to be
valid changes nothing for the next one). The rate limiter is lifted and forms may be sent at once.

Hypothesis runs derandomised, without its example database: a run on CI tries the same payloads as a run here.
Select these tests with ``-k fuzz`` (or leave them out with ``-k "not fuzz"``).
"""

import copy
import datetime
import re
from contextlib import contextmanager
from types import SimpleNamespace
from urllib.parse import quote, urlencode

import pytest
from django.db import transaction
from django.test import Client
from django.utils import timezone
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from home.models import Engagement, EventIndexPage, EventPage, Registration, Workshop

# The small questionnaire of tests/scan/conftest.py on a ScanPage, and the helpers that walk its wizard.
from tests.home.test_events import registration_data
from tests.home.test_join import valid_data
from tests.scan.conftest import (
    PROFILE,
    Wizard,
    results_token,
    scan_page,  # noqa: F401
)

pytestmark = pytest.mark.django_db

# Examples per test, one payload each: 10,000 in all.
EXAMPLES = {
    "scan_steps": 2400,
    "scan_results": 600,
    "join": 1000,
    "register": 1000,
    "cancel": 2500,
    "search": 2500,
}


def fuzz_settings(name):
    return hypothesis_settings(
        max_examples=EXAMPLES[name],
        deadline=None,
        derandomize=True,
        database=None,
        print_blob=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# Junk ----------------------------------------------------------------------------------------------------------

NASTY = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "on\x00",
    "\x00on",
    "\x1b[31m",
    "\r\n",
    "\t",
    "\ufeff",
    "\u200b",
    "\u202e",
    "\ufffd",
    "e\u0301",
    "İ",
    "ß",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "😀",
    "٢٠٢٦",
    "２０２６",
    "<script>alert(1)</script>",
    '"><img src=x>',
    "' OR 1=1 --",
    '"',
    '""',
    "'",
    "\\",
    "\\x00",
    "%00",
    "%s%s%n",
    "{{ page }}",
    "{% debug %}",
    "${7*7}",
    "../../etc/passwd",
    "on",
    "off",
    "yes",
    "no",
    "true",
    "false",
    "True",
    "None",
    "null",
    "[]",
    "{}",
    "0",
    "-0",
    "-1",
    "1e309",
    "-1e309",
    "NaN",
    "inf",
    "-Infinity",
    "0x1F",
    "1_000",
    "1,5",
    "1.5",
    "1.000.000,5",
    "2 500",
    "12,345.678",
    "0.001",
    "99999999999999999999",
    "9" * 60,
    "1" + "0" * 4400,
    "2026",
    "2014",
    "2101",
    "1000000001",
    "an@example.be",
    "an@",
    "@example.be",
    "an@exämple.be",
    "an@example.be\x00",
    "an@example.be\n",
    "http://",
    "javascript:alert(1)",
    "https://exa mple.be",
    "company",
    "municipality",
    "h",
    "50-249",
    "owner",
    "2030",
    "bird_boxes",
    "small",
    "draft",
    "intro",
    "profile",
    "check",
    "done",
    "AND",
    "NOT",
    "NEAR(a b)",
    "a*",
    "*",
    "(",
    ")",
    "a:b",
    "^",
    "a & b | !c",
    "a <-> b",
    ":*",
    "-",
]


class Long(str):
    """A long value, shown short in Hypothesis' reports."""

    def __repr__(self):
        return f"{self[:1]!r} * {len(self)}"

    def _repr_pretty_(self, printer, cycle):
        printer.text(repr(self))


overlong = st.builds(
    lambda size, char: Long(char * size),
    st.sampled_from([65, 121, 201, 2001, 4001, 20_001]),
    st.sampled_from(["x", "é", "9", "😀", "\x00", " ", "\u0301", "<"]),
)
junk_text = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=24),
    st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=12),
    overlong,
)
junk_scalar = st.one_of(
    junk_text,
    junk_text,
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
)
junk_value = st.one_of(junk_scalar, junk_scalar, st.lists(junk_scalar, max_size=4))
junk_key = st.one_of(
    st.sampled_from(["", " ", "\x00", "a\x00b", "é", "a b", 'a"b', "a\r\nb", "[]", "x[]", "csrfmiddlewaretoken"]),
    st.text(min_size=1, max_size=16),
)


@st.composite
def mangled(draw, base, names=(), prefixes=("",)):
    """``base`` (a valid payload) broken at least once: fields dropped, emptied, doubled or replaced by junk, made
    array-valued or of the wrong type, renamed, and unknown keys added. ``names`` are other fields the form knows."""
    data = dict(base)
    fields = sorted(set(base) | set(names))
    operations = draw(
        st.lists(
            st.sampled_from(["drop", "junk", "junk", "array", "empty", "unknown", "rename", "all_junk", "nothing"]),
            min_size=1,
            max_size=5,
        )
    )
    for operation in operations:
        if operation == "all_junk":
            data = {name: draw(junk_value) for name in draw(st.lists(st.sampled_from(fields), max_size=len(fields)))}
        elif operation == "nothing":
            data = {}
        elif operation == "unknown":
            prefix = draw(st.sampled_from(prefixes))
            data[prefix + draw(junk_key)] = draw(junk_value)
        elif not fields:
            continue
        else:
            name = draw(st.sampled_from(fields))
            if operation == "drop":
                data.pop(name, None)
            elif operation == "junk":
                data[name] = draw(junk_value)
            elif operation == "empty":
                data[name] = draw(st.sampled_from(["", [], [""], " "]))
            elif operation == "array":
                current = data.get(name, "")
                data[name] = [*(current if isinstance(current, list) else [current]), draw(junk_scalar)]
            elif operation == "rename" and name in data:
                data[draw(st.sampled_from(prefixes)) + name.upper() + draw(st.sampled_from(["", " ", "_", "[]"]))] = (
                    data.pop(name)
                )
    return data


# Bodies no browser sends, by name (Hypothesis reports the name).
RAW_BODIES = {
    "broken escapes": ("application/x-www-form-urlencoded", b"a=%ZZ&b=%&c=%e9%ff&&=&%00=%00"),
    "broken UTF-8": ("application/x-www-form-urlencoded", b"\xff\xfe\xfd=\xc3\x28"),
    "over 2.5 MB": ("application/x-www-form-urlencoded", b"x=" + b"y" * 3_000_000),
    "10,001 fields": ("application/x-www-form-urlencoded", b"&".join(b"f%d=1" % n for n in range(10_001))),
    "multipart without boundary": ("multipart/form-data", b"--x\r\nContent-Disposition: form-data\r\n\r\nv\r\n--x--"),
    "multipart without name": (
        "multipart/form-data; boundary=x",
        b"--x\r\nContent-Disposition: form-data; name=\r\n\r\n",
    ),
    "multipart, empty boundary": ("multipart/form-data; boundary=", b""),
    "JSON": ("application/json", b'{"consent": "on", "email": ["an@example.be"]}'),
    "plain text": ("text/plain", b"\x00\x01\x02"),
}


def raw_bodies():
    """The name of one of RAW_BODIES, or a few random bytes sent as a urlencoded form."""
    return st.one_of(st.sampled_from(sorted(RAW_BODIES)), st.binary(max_size=64))


def post(client, url, payload, encoding):
    """POST ``payload`` as multipart (what the test client sends by default), urlencoded, or a raw body."""
    if encoding == "multipart":
        return client.post(url, payload)
    if encoding == "urlencoded":
        pairs = [
            (key, str(item))
            for key, value in payload.items()
            for item in (value if isinstance(value, list) else [value])
        ]
        return client.post(url, urlencode(pairs), content_type="application/x-www-form-urlencoded")
    content_type, body = (
        RAW_BODIES[payload] if isinstance(payload, str) else ("application/x-www-form-urlencoded", payload)
    )
    return client.generic("POST", url, body, content_type=content_type)


@st.composite
def payload_for(draw, base, names=(), prefixes=("",)):
    """(encoding, payload): a mangled form payload, mostly, or now and then a raw body."""
    encoding = draw(st.sampled_from(["multipart"] * 6 + ["urlencoded"] * 3 + ["raw"]))
    if encoding == "raw":
        return encoding, draw(raw_bodies())
    return encoding, draw(mangled(base, names, prefixes))


def last(value):
    """The value Django's QueryDict.get() returns for a posted value (the last one of a list)."""
    if isinstance(value, list):
        return str(value[-1]) if value else None
    return None if value is None else str(value)


def rendered(response, template):
    return any(used.name == template for used in response.templates)


def form_errors(response, name="form"):
    """Whether the response shows the form ``name`` of its context again, with errors."""
    context = response.context
    return context is not None and name in context and bool(context[name].errors)


# Set-up: one per test, every example rolled back ------------------------------------------------------------------


@pytest.fixture
def lenient(settings):
    """No rate limit: the fuzzers post thousands of times from one client."""
    settings.FORM_RATE_LIMIT = 10**9
    settings.FORM_MIN_FILL_SECONDS = 0


@contextmanager
def rolled_back(client):
    """Run the block in a savepoint that is rolled back, and give the client its cookies back."""
    cookies = copy.deepcopy(client.cookies)
    try:
        with transaction.atomic():
            yield
            transaction.set_rollback(True)
    finally:
        client.cookies = cookies


def check_redirect(client, response, starts_with):
    """A redirect stays on the site, under ``starts_with``, and the page it leads to does not fail either."""
    location = response["Location"]
    assert location.startswith(starts_with), location
    follow = client.get(location)
    assert follow.status_code < 500, (location, follow.status_code)


# The scan's wizard ---------------------------------------------------------------------------------------------

STEP_PAYLOADS = {
    "intro": {"consent": "on"},
    "profile": dict(PROFILE),
    "site": {"sealed_share": "40"},
    "nature": {"meadow": "small", "shelters": ["bird_boxes"]},
    "policy": {"plan": "draft"},
    "check": {},
}
STEPS = list(STEP_PAYLOADS)
OTHER_FIELDS = {
    "intro": [],
    "profile": ["staff", "tenure", "province", "risky_commodities", "contact_consent"],
    "site": [],
    "nature": [],
    "policy": ["food_sourcing"],
    "check": ["consent", "anything"],
}
SLUG = re.compile(r"[-a-zA-Z0-9_]+")


@pytest.fixture
def walked(client, scan_page, lenient):  # noqa: F811
    """A client for each place in the wizard: before it, and having answered every step before each step."""
    clients = {"fresh": Client()}
    for index, step in enumerate(STEPS):
        visitor = Client()
        wizard = Wizard(visitor, scan_page)
        visitor.get(scan_page.url)
        for done in STEPS[:index]:
            assert wizard.post(done, STEP_PAYLOADS[done]).status_code == 302
        clients[step] = visitor
    return SimpleNamespace(page=scan_page, clients=clients, prefix=Wizard(client, scan_page).prefix)


@st.composite
def wizard_posts(draw, prefix):
    at = draw(st.sampled_from(["fresh", *STEPS]))
    # Mostly the step the visitor is at; else another step, or a step that does not exist.
    step = at if at != "fresh" and draw(st.integers(0, 2)) else draw(st.sampled_from([*STEPS, "done", "vanished"]))
    if not draw(st.integers(0, 30)):
        step = draw(st.sampled_from(["save", "a\x00b", "ü", "x y", "results", "%2e%2e", "-"]))
    base = {f"{step}-{name}": value for name, value in STEP_PAYLOADS.get(step, {}).items()}
    management_key = f"{prefix}-current_step"
    base[management_key] = step
    names = [f"{step}-{name}" for name in OTHER_FIELDS.get(step, [])] + ["wizard_goto_step"]
    prefixes = [f"{step}-", f"{draw(st.sampled_from(STEPS))}-", "", f"{prefix}-"]
    encoding, payload = draw(payload_for(base, names, prefixes))
    if encoding != "raw":
        # The management form: kept, dropped, or naming another step, junk, or several steps.
        management = draw(st.sampled_from(["keep"] * 5 + ["drop", "other", "junk", "list"]))
        if management == "drop":
            payload.pop(management_key, None)
        elif management == "other":
            payload[management_key] = draw(st.sampled_from([*STEPS, "done", "", " ", f" {step} ", step.upper()]))
        elif management == "junk":
            payload[management_key] = draw(junk_value)
        elif management == "list":
            payload[management_key] = [draw(st.sampled_from(STEPS)), step]
        if draw(st.integers(0, 5)) == 0:
            payload["wizard_goto_step"] = draw(st.one_of(st.sampled_from(STEPS), junk_value))
    return at, step, encoding, payload


@fuzz_settings("scan_steps")
@given(data=st.data())
def test_malformed_steps_of_the_scan_are_refused_without_a_server_error(walked, data):
    at, step, encoding, payload = data.draw(wizard_posts(walked.prefix), label="post")
    client = walked.clients[at]
    url = f"{walked.page.url}{quote(step, safe='')}/"
    with rolled_back(client):
        response = post(client, url, payload, encoding)
        status = response.status_code
        assert status < 500, status
        if not SLUG.fullmatch(step):
            assert status == 404
            return
        if step == "save":  # save-for-later has its own form: see the results test below
            assert status in (200, 302, 400)
            return
        # A valid step moves on (302); a step shown again with its errors, a changed or missing management form or
        # an unreadable body is a bad request (400); a step that is not this one, or comes too early, is stale (409).
        assert status in (302, 400, 409), status
        if encoding != "raw":
            management = last(payload.get(f"{walked.prefix}-current_step"))
            if not management or not management.strip() or "\x00" in management:
                assert status == 400
            elif management.strip() != step:
                assert status == 409
        if status == 400 and rendered(response, "scan/wizard_step.html"):
            assert form_errors(response)
        if status == 302:
            check_redirect(client, response, walked.page.url)


# The scan's results (e-mail, contact, delete) and save-for-later -----------------------------------------------


@pytest.fixture
def scanned(scan_page, lenient):  # noqa: F811
    """A submitted scan and its results link, and a visitor with a draft that may be saved for later."""
    company = Client()
    wizard = Wizard(company, scan_page)
    wizard.through_profile()
    for step in ("site", "nature", "policy"):
        wizard.post(step, STEP_PAYLOADS[step])
    token = results_token(wizard.post("check", {}))
    drafter = Client()
    Wizard(drafter, scan_page).through_profile()
    return SimpleNamespace(page=scan_page, company=company, drafter=drafter, results=f"{scan_page.url}results/{token}/")


RESULT_FORMS = {
    "email": {"email": "an@example.be"},
    "contact": {"email": "an@example.be", "name": "An Peeters", "consent": "on"},
    "delete": {},
    "save": {"email": "an@example.be"},
}


@fuzz_settings("scan_results")
@given(data=st.data())
def test_malformed_results_and_save_for_later_forms_are_refused_without_a_server_error(scanned, data):
    form = data.draw(st.sampled_from(["email", "email", "contact", "contact", "save", "save", "delete", "other"]))
    if form == "other":
        form = data.draw(st.sampled_from(["pdf-not", "Email", "e-mail", "deletE", "x" * 80]))
    encoding, payload = data.draw(payload_for(RESULT_FORMS.get(form, {}), ["name", "consent", "email"]))
    client = scanned.drafter if form == "save" else scanned.company
    url = f"{scanned.page.url}save/" if form == "save" else f"{scanned.results}{form}/"
    with rolled_back(client):
        response = post(client, url, payload, encoding)
        status = response.status_code
        assert status < 500, status
        if form not in RESULT_FORMS:
            assert status == 404
        elif form == "delete":
            assert status == 302
        else:
            # Sent (302), or shown again with its errors (400); an unreadable body is a bad request (400) too.
            assert status in (302, 400), status
            if status == 400 and rendered(response, "scan/save_for_later.html"):
                assert form_errors(response)
            if status == 400 and rendered(response, "scan/results.html"):
                assert form_errors(response, f"{form}_form")
            if status == 302:
                check_redirect(client, response, scanned.page.url)


# Joining an objective ------------------------------------------------------------------------------------------


@pytest.fixture
def joining(site_tree, lenient):
    objective = site_tree.objectives[5]
    targets = list(objective.targets.all())
    # The join tests' valid engagement, with a decimal comma in the first contribution.
    valid = valid_data(objective, **{f"contribution_{targets[0].pk}": "12,5"})
    other = ["scan", f"contribution_{max(target.pk for target in targets) + 1}", "contribution_x"]
    return SimpleNamespace(url=f"{objective.url}join/", valid=valid, other=other, client=Client())


@fuzz_settings("join")
@given(data=st.data())
def test_malformed_engagements_are_refused_without_a_server_error(joining, data):
    client = joining.client
    if data.draw(st.integers(0, 9)) == 0:
        # The form itself, prefilled from a scan: the link carries the scan's results token.
        query = data.draw(st.dictionaries(st.sampled_from(["scan", "x", "scan[]"]), junk_value, max_size=2))
        response = client.get(joining.url, query)
        assert response.status_code == 200
        return
    encoding, payload = data.draw(payload_for(joining.valid, joining.other))
    with rolled_back(client):
        engagements = Engagement.objects.count()
        response = post(client, joining.url, payload, encoding)
        status = response.status_code
        assert status < 500, status
        # Saved or dropped as spam (302 to the thanks page), or shown again with what was wrong (400).
        assert status in (302, 400), status
        if status == 400 and rendered(response, "home/join_form.html"):
            assert form_errors(response)  # sent too fast (without a valid "shown at") is an error of the form too
        if status == 302:
            assert response["Location"] == f"{joining.url}thanks/"
            spam = encoding != "raw" and bool((last(payload.get("website_url")) or "").strip())
            assert Engagement.objects.count() == engagements + (0 if spam else 1)


# Registering for an event, and the cancellation link -----------------------------------------------------------


def in_days(days, hour=9):
    moment = timezone.localtime() + datetime.timedelta(days=days)
    return moment.replace(hour=hour, minute=30, second=0, microsecond=0)


@pytest.fixture
def event(site_tree, lenient):
    index = EventIndexPage(title="Events", slug="events")
    site_tree.home.add_child(instance=index)
    page = EventPage(
        title="Nature connectivity get-together",
        start=in_days(40),
        end=in_days(40, hour=16),
        registration_required=True,
        registration_opens_at=in_days(-10),
        registration_closes_at=in_days(33),
        capacity=2,
        workshops_per_person=1,
    )
    for position, name in enumerate(["Spatial vision", "Governance", "Resources"]):
        page.workshops.add(Workshop(title=name, description=f"About {name}.", capacity=5, sort_order=position))
    index.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    # One place is taken: the person who took it holds a cancellation link.
    registered = Registration.objects.create(
        event=page,
        event_key=page.translation_key,
        language="en",
        name="Lotte Vermeulen",
        email="lotte@example.be",
        organisation="Gemeente Zemst",
        organisation_type="municipality",
    )
    return SimpleNamespace(page=page, registered=registered, workshops=list(page.workshops.all()))


@pytest.fixture
def registering(event):
    valid = registration_data(event.page)  # the registration tests' valid registration
    other = ["waiting_list", f"rank_{max(workshop.pk for workshop in event.workshops) + 1}", "rank_x"]
    return SimpleNamespace(url=f"{event.page.url}register/", page_url=event.page.url, valid=valid, other=other)


@fuzz_settings("register")
@given(data=st.data())
def test_malformed_registrations_are_refused_without_a_server_error(registering, client, data):
    if data.draw(st.integers(0, 9)) == 0:
        query = data.draw(st.dictionaries(junk_text, junk_value, max_size=2))
        assert client.get(registering.url, query).status_code == 200
        return
    encoding, payload = data.draw(payload_for(registering.valid, registering.other))
    with rolled_back(client):
        registrations = Registration.objects.count()
        response = post(client, registering.url, payload, encoding)
        status = response.status_code
        assert status < 500, status
        # Registered or dropped as spam (302); shown again with what was wrong (400); the event is full (409).
        assert status in (302, 400, 409), status
        if status == 400 and rendered(response, "home/register_form.html"):
            assert form_errors(response) or response.context["message"]  # "sent too fast" is a message
        if status == 302:
            location = response["Location"]
            assert location in (
                registering.page_url,
                f"{registering.url}confirmed/",
                f"{registering.url}waiting/",
            ), location
            spam = location == registering.page_url
            assert Registration.objects.count() == registrations + (0 if spam else 1)


@st.composite
def guessed_tokens(draw, real):
    """Tokens someone might try: the real one changed a little, cut short, lengthened, re-cased, or anything."""
    kind = draw(st.sampled_from(["real", "changed", "cut", "longer", "case", "junk", "junk", "digits", "uuid"]))
    if kind == "real":
        return real
    if kind == "changed":
        index = draw(st.integers(0, len(real) - 1))
        char = draw(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_é\x00%/. "))
        return real[:index] + char + real[index + 1 :]
    if kind == "cut":
        return real[: draw(st.integers(0, len(real) - 1))]
    if kind == "longer":
        return real + draw(st.text(min_size=1, max_size=40))
    if kind == "case":
        return real.swapcase()
    if kind == "digits":
        return str(draw(st.integers(0, 10**12)))
    if kind == "uuid":
        return str(draw(st.uuids()))
    return draw(st.one_of(junk_text, st.text(alphabet=st.characters(codec="ascii"), min_size=1, max_size=80)))


@fuzz_settings("cancel")
@given(data=st.data())
def test_guessed_or_malformed_cancellation_links_find_nothing_and_fail_nothing(event, client, data):
    real = event.registered.token
    token = data.draw(guessed_tokens(real), label="token")
    method = data.draw(st.sampled_from(["GET", "GET", "POST", "POST", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS"]))
    body = data.draw(st.one_of(st.just(""), junk_text))
    url = f"{event.page.url}cancel/{quote(token, safe='')}/"
    with rolled_back(client):
        response = client.generic(method, url, body, content_type="application/x-www-form-urlencoded")
        status = response.status_code
        assert status < 500, status
        if method == "OPTIONS":
            # Wagtail answers it for any address it routes to the page, with the methods the page allows: no clue.
            assert status in (200, 404)
            assert status == 404 or response.content == b""
        elif token != real:
            # Wagtail's URL pattern, or the view itself, finds no registration; a refused method is not a clue.
            assert status in (404, 405), status
            assert Registration.objects.get(pk=event.registered.pk).is_active
        elif method in ("GET", "HEAD", "POST"):
            assert status == 200
        else:
            assert status == 405


# Search --------------------------------------------------------------------------------------------------------


@pytest.fixture
def searchable(site_tree):
    return SimpleNamespace(client=Client())


@fuzz_settings("search")
@given(data=st.data())
def test_any_search_query_and_page_number_answer_without_a_server_error(searchable, data):
    query = data.draw(st.dictionaries(st.sampled_from(["q", "page", "q[]", "x"]), junk_value, max_size=4))
    if data.draw(st.booleans()):
        query.setdefault("q", data.draw(st.sampled_from(["connectivity", "pollinators", "a", "Genk", "*", '"'])))
    language = data.draw(st.sampled_from(["en", "en", "nl", "fr", "de"]))
    response = searchable.client.get(f"/{language}/search/", query)
    status = response.status_code
    assert status < 500, status
    # A page beyond the last is "not found"; anything else is a page of results, or the search form.
    page = last(query.get("page"))
    try:
        number = int(page) if page is not None else 1
    except ValueError:
        number = 1
    assert status == 200 if number == 1 else status in (200, 404), (query, status)


def test_the_payloads_add_up_to_ten_thousand():
    assert sum(EXAMPLES.values()) >= 10_000
