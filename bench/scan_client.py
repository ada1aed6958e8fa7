"""What the scan benchmarks share: a browser-like HTTP client, a form filler, the database check and the figures.

- ``Browser``: one simulated company's cookies (one jar for every server it talks to), no automatic redirects,
  every request timed under a label; it never raises on an HTTP status, the caller decides.
- ``fill_step``: random valid answers for the wizard step in a page, read from the form as a browser would see it,
  and the answers as the database should then hold them.
- ``ScanRecord`` and ``check_database``: what a company saw accepted, and whether the database holds exactly that.
- ``print_timings``: per-label request counts and latency percentiles.

Nothing here needs Django except ``django_setup`` and ``check_database``, which read DATABASE_URL through the
project's settings (DJANGO_SETTINGS_MODULE, cms.settings.dev unless set).
"""

import http.cookiejar
import os
import re
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]

SCAN_FORM = re.compile(r'<form\b[^>]*class="scan-form"[^>]*>(.*?)</form>', re.I | re.S)
INPUT = re.compile(r"<input\b[^>]*>", re.I)
BUTTON = re.compile(r"<button\b[^>]*>", re.I)
ATTRIBUTE = re.compile(r'([a-zA-Z_:-]+)="([^"]*)"')
SELECT = re.compile(r'<select\b[^>]*name="([^"]+)"[^>]*>(.*?)</select>', re.I | re.S)
OPTION = re.compile(r'<option\b[^>]*value="([^"]*)"', re.I)
ALTERNATE = re.compile(r'<link rel="alternate" hreflang="([a-z]{2})" href="([^"]+)"')
RESUME_LINK = re.compile(r"/resume/([A-Za-z0-9_-]+)/")
RESULTS_LINK = re.compile(r"/results/([A-Za-z0-9_-]+)/")
HTML_LANG = re.compile(r'<html lang="([a-z-]+)"')

# Steps of the wizard that are not the questionnaire's (scan/wizard.py).
INTRO, PROFILE, CHECK = "intro", "profile", "check"
FIXED_STEPS = {INTRO, PROFILE, CHECK}

# A plausible company; "{n}" in the name is the company's number.
PROFILE_ANSWERS = {
    "company_name": "Bench company {n}",
    "sector": "c",
    "staff": "10-49",
    "tenure": "owner",
    "postcode": "2000",
    "municipality": "Antwerpen",
    "total_area": "12000",
    "built_area": "5000",
    "outdoor_area": "6000",
    "parking_area": "1000",
    "buys_risky_commodities": "yes",
    "risky_commodities": "timber",
    "sells_food": "no",
    "finances": "no",
    "primary_production": "no",
}

# The 503 page (templates/503.html): its heading, and a line of the layout every catalogue translates.
UNAVAILABLE_TEXTS = ("Temporarily unavailable", "Go to the home page")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@dataclass
class Reply:
    url: str
    status: int
    location: str | None  # absolute
    html: str
    headers: dict
    elapsed: float
    finished_at: float  # time.monotonic()


class Browser:
    """One company's browser: cookies, no automatic redirects, each request timed under its label."""

    def __init__(self, timings=None, timeout=60):
        self.timings = timings if timings is not None else defaultdict(list)
        self.timeout = timeout
        self.new_device()

    def new_device(self):
        """Forget every cookie, as a company that continues on another computer."""
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies), NoRedirect)

    def request(self, url, data=None, label=None):
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(url, data=body, headers={"Referer": url})
        started = time.perf_counter()
        try:
            response = self.opener.open(request, timeout=self.timeout)
            status, headers, html = response.status, response.headers, response.read().decode(errors="replace")
        except urllib.error.HTTPError as error:
            status, headers, html = error.code, error.headers, error.read().decode(errors="replace")
        except (OSError, urllib.error.URLError) as error:  # refused, reset, timed out: no HTTP answer at all
            status, headers, html = 0, {}, f"{type(error).__name__}: {error}"
        elapsed = time.perf_counter() - started
        self.timings[label or step_of(url)].append(elapsed)
        location = headers.get("Location") if headers else None
        return Reply(
            url=url,
            status=status,
            location=urllib.parse.urljoin(url, location) if location else None,
            html=html,
            headers=dict(headers.items()) if headers else {},
            elapsed=elapsed,
            finished_at=time.monotonic(),
        )

    def csrf(self):
        return next((cookie.value for cookie in self.cookies if cookie.name == "csrftoken"), "")


def step_of(url):
    path = urllib.parse.urlparse(url).path.rstrip("/")
    return path.rsplit("/", 1)[-1] or "start"


def language_of(url):
    parts = urllib.parse.urlparse(url).path.strip("/").split("/")
    return parts[0] if parts and len(parts[0]) == 2 else ""


def on_server(url, base):
    """``url`` with the scheme and host of ``base`` (to send a company's next request to another server)."""
    target, server = urllib.parse.urlsplit(url), urllib.parse.urlsplit(base)
    return urllib.parse.urlunsplit((server.scheme, server.netloc, target.path, target.query, target.fragment))


def scan_urls(html, fallback):
    """The scan's address in each language, from the page's hreflang alternates ({language: url})."""
    urls = dict(ALTERNATE.findall(html))
    return urls or {language_of(fallback) or "en": fallback}


def scan_form(html):
    match = SCAN_FORM.search(html)
    return match.group(1) if match else html


def previous_step(html):
    """The step the wizard's "Back" button goes to, if the page has one."""
    for tag in BUTTON.findall(scan_form(html)):
        attributes = dict(ATTRIBUTE.findall(tag))
        if attributes.get("name") == "wizard_goto_step":
            return attributes.get("value")
    return None


def hidden_fields(html, csrf):
    data = {"csrfmiddlewaretoken": csrf}
    for tag in INPUT.findall(scan_form(html)):
        attributes = dict(ATTRIBUTE.findall(tag))
        if attributes.get("type") == "hidden" and attributes.get("name") not in (None, "csrfmiddlewaretoken"):
            data[attributes["name"]] = attributes.get("value", "")
    return data


def fill_step(step, html, rng, csrf, profile):
    """Random valid answers to the step in ``html``: (POST data, answers by question code as the database keeps
    them: numbers as floats, several choices as a list, one choice as its code). ``profile``: the company profile
    to give (values as typed); its fields not given are answered at random."""
    form = scan_form(html)
    data = {"csrfmiddlewaretoken": csrf}
    answers = {}
    radios, checkboxes = defaultdict(list), defaultdict(list)
    for tag in INPUT.findall(form):
        attributes = dict(ATTRIBUTE.findall(tag))
        name, kind = attributes.get("name", ""), attributes.get("type", "text")
        if not name or name == "csrfmiddlewaretoken":
            continue
        field_name = name.split("-", 1)[-1]
        if kind == "hidden":
            data[name] = attributes.get("value", "")
        elif kind == "radio":
            radios[name].append(attributes.get("value", ""))
        elif kind == "checkbox":
            checkboxes[name].append(attributes.get("value", "on"))
        elif kind == "number" or attributes.get("inputmode") in {"decimal", "numeric"}:
            if step == PROFILE and field_name in profile:
                data[name] = profile[field_name]
            else:
                # Percentages, metres and counts alike accept 0-100.
                limit = float(attributes.get("max") or 100)
                value = rng.randint(0, int(min(limit, 100)))
                data[name], answers[field_name] = str(value), float(value)
        elif kind in {"text", "email"}:
            data[name] = profile.get(field_name, "") if step == PROFILE else ""
    for name, values in radios.items():
        field_name = name.split("-", 1)[-1]
        if step == PROFILE and field_name in profile:
            data[name] = profile[field_name]
        else:
            data[name] = answers[field_name] = rng.choice(values)
    for name, values in checkboxes.items():
        field_name = name.split("-", 1)[-1]
        if field_name == "consent":
            data[name] = values[0]
        elif field_name == "contact_consent":
            continue
        elif step == PROFILE and field_name in profile:
            data[name] = profile[field_name]
        else:
            chosen = rng.sample(values, rng.randint(0, len(values)))
            data[name] = answers[field_name] = chosen
    for name, options in SELECT.findall(form):
        field_name = name.split("-", 1)[-1]
        values = [value for value in OPTION.findall(options) if value]
        if step == PROFILE and field_name in profile:
            data[name] = profile[field_name]
        else:
            data[name] = answers[field_name] = rng.choice(values)
    return data, (answers if step not in FIXED_STEPS else {})


def is_unavailable_page(reply, expected_texts):
    """Whether ``reply`` is the 503 page in the language of its address, with Retry-After and no traceback.
    ``expected_texts``: {language: [texts the page must hold]}."""
    language = language_of(reply.url) or "en"
    html = reply.html.replace("&#x27;", "'")
    match = HTML_LANG.search(html)
    return (
        reply.status == 503
        and reply.headers.get("Retry-After", "").isdigit()
        and match is not None
        and match.group(1) == language
        and all(text in html for text in expected_texts.get(language, ()))
        and "Traceback" not in html
    )


@dataclass
class ScanRecord:
    """What one company created and saw accepted."""

    number: int
    language: str
    company_name: str
    profile: dict
    token: str | None = None  # the resume token; the results link carries the same one
    submitted: bool = False
    answers_by_step: dict = field(default_factory=dict)  # step -> {code: value}, the last accepted post of each

    def sent_answers(self):
        merged = {}
        for answers in self.answers_by_step.values():
            merged.update(answers)
        return merged


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def print_timings(timings, out=sys.stdout):
    everything = [value for values in timings.values() for value in values]
    print(f"\n{'step':<28}{'requests':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}", file=out)
    rows = sorted(timings.items(), key=lambda item: statistics.mean(item[1]))
    for label, values in [*rows, ("all requests", everything)]:
        if values:
            print(
                f"{label:<28}{len(values):>9}{percentile(values, 0.5) * 1000:>9.1f}"
                f"{percentile(values, 0.95) * 1000:>9.1f}{percentile(values, 0.99) * 1000:>9.1f}"
                f"{max(values) * 1000:>9.1f}",
                file=out,
            )


def django_setup():
    """The project's ORM on DATABASE_URL (the settings of DJANGO_SETTINGS_MODULE, cms.settings.dev by default)."""
    sys.path.insert(0, str(PROJECT_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    import django

    django.setup()


def translated_texts(languages, texts=UNAVAILABLE_TEXTS):
    """``texts`` in each language, through the project's catalogues."""
    django_setup()
    from django.utils import translation

    result = {}
    for language in languages:
        with translation.override(language):
            result[language] = [translation.gettext(text) for text in texts]
    return result


def same_value(stored, sent):
    if isinstance(sent, list):
        return isinstance(stored, list) and sorted(stored) == sorted(sent)
    if isinstance(sent, float):
        return isinstance(stored, int | float) and abs(float(stored) - sent) < 1e-9
    return stored == sent


def check_database(records, scope_prefix=None, since=None, until=None, orphans_allowed=0):
    """Compare the database with what the companies saw: (problems, notes, counts).

    The run's rows are the companies' tokens, rows whose company name starts with ``scope_prefix`` and drafts
    without a name created between ``since`` and ``until`` (datetimes). Each token must be there once, submitted if
    its company saw its results and a draft otherwise, with the profile's name and every answer as it was sent
    (a submitted response keeps the answers that apply to its final answers, as scan.submission does); a submitted
    response's scores must be those of its answers. Rows nobody created are problems, except up to
    ``orphans_allowed`` empty drafts (consent given by a request that was answered 503, e.g. during an outage).
    """
    django_setup()
    from django.db.models import Q

    from scan import scoring
    from scan.models import ScanResponse

    known = {record.token: record for record in records if record.token}
    scope = Q(token__in=list(known))
    if scope_prefix:
        scope |= Q(company_name__startswith=scope_prefix)
    if since is not None and until is not None:
        scope |= Q(created_at__gte=since, created_at__lte=until, company_name="")
    rows = {row.token: row for row in ScanResponse.objects.filter(scope).select_related("page")}
    problems, notes = [], []
    definitions = {}

    for token, record in known.items():
        row = rows.get(token)
        name = f"company {record.number} ({record.language})"
        if row is None:
            problems.append(f"{name}: its {'response' if record.submitted else 'draft'} is missing")
            continue
        expected_status = ScanResponse.Status.SUBMITTED if record.submitted else ScanResponse.Status.DRAFT
        if row.status != expected_status:
            problems.append(f"{name}: status {row.status}, expected {expected_status}")
            continue
        if PROFILE in record.answers_by_step or record.submitted:
            columns = {"company_name": row.company_name, "sector": row.sector, "postcode": row.postcode}
            columns |= {"total_area": str(row.total_area), "outdoor_area": str(row.outdoor_area)}
            wrong = [column for column, value in columns.items() if value != str(record.profile.get(column))]
            if wrong:
                problems.append(f"{name}: profile {wrong} differ from those sent")
        sent = record.sent_answers()
        stored = row.answers or {}
        if not record.submitted:
            wrong = sorted(code for code in set(sent) | set(stored) if not same_value(stored.get(code), sent.get(code)))
            if wrong:
                problems.append(f"{name}: draft answers differ from those accepted: {wrong[:5]}")
            continue
        if row.page_id not in definitions:
            definitions[row.page_id] = row.page.definition
        definition = definitions[row.page_id]
        final = {**stored, **row.intake_answers()}
        applicable = {
            question.code
            for step in definition.applicable_steps(final)
            for question in step.applicable_questions(final)
        }
        expected = {code: value for code, value in sent.items() if code in applicable}
        wrong = sorted(
            code for code in set(expected) | set(stored) if not same_value(stored.get(code), expected.get(code))
        )
        if wrong:
            problems.append(f"{name}: submitted answers differ from those accepted: {wrong[:5]}")
            continue
        score = scoring.score(definition, {**expected, **row.intake_answers()})
        overall = None if score.overall is None else round(score.overall, 2)
        level = score.level.code if score.level else ""
        if (row.overall_score is None) != (overall is None) or (
            overall is not None and abs(float(row.overall_score) - overall) > 0.006
        ):
            problems.append(f"{name}: overall score {row.overall_score}, its answers score {overall}")
        elif row.level != level:
            problems.append(f"{name}: level {row.level!r}, its answers give {level!r}")

    unknown = [row for token, row in rows.items() if token not in known]
    empty = [row for row in unknown if row.status == "draft" and not row.company_name and not row.answers]
    if unknown:
        if len(unknown) == len(empty) and len(empty) <= orphans_allowed:
            notes.append(
                f"{len(empty)} empty draft(s) nobody knows: consent given by a request answered 503 "
                f"(the session could not be saved); allowed up to {orphans_allowed}"
            )
        else:
            problems.append(
                f"{len(unknown)} row(s) in the run's scope that no company created ({len(empty)} empty drafts; "
                f"{orphans_allowed} allowed): tokens ending {[row.token[-6:] for row in unknown[:5]]}"
            )
    counts = {
        "drafts expected": sum(1 for record in known.values() if not record.submitted),
        "submitted expected": sum(1 for record in known.values() if record.submitted),
        "drafts found": sum(1 for row in rows.values() if row.status == "draft"),
        "submitted found": sum(1 for row in rows.values() if row.status == "submitted"),
    }
    return problems, notes, counts
