"""Measure the advisors' scan list and inspect view in the admin on a PostgreSQL database of N submitted scans.

    .venv/bin/python bench/admin_list.py [--responses 20000] [--requests 30] [--database-url URL]

1. Creates the database if it is missing (default postgres://postgres@127.0.0.1:5432/alliance_bench, or
   DATABASE_URL), migrates it and, when it has no scan page yet, loads the demo (``load_demo --force
   --no-users``, which brings the demo scan page in four languages and thirty demo scans).
2. Tops it up to N submitted responses: a few hundred real ones (``home.factories.submitted_scan``: a plausible
   company, its answers, scores and suggestions from ``submit_response``), then copies of those inserted with
   ``bulk_create`` in batches of 1,000, each with another company name, sector, municipality and province, contact,
   follow-up (review status, contact request, advisor) and a date in the last two years, and its theme scores
   shifted a little, with the overall score, level and ladder step recomputed from them. A copy keeps the answers,
   facts and suggestions of its original.
3. Creates the advisor ``bench-advisor`` (in the Advisors group) and two colleagues the copies are assigned to.
4. Measures with Django's test client, logged in as the advisor, with DEBUG off, against the same database: the
   list (first page), the list filtered, a search, the inspect view of a response and the admin dashboard (with
   its scans panel). Each page is requested once to warm up and once under ``CaptureQueriesContext`` to count its
   queries, then timed over --requests requests. Prints a table and whether the filtered list meets its target.

The Django settings are ``cms.settings.test`` (DEBUG off, images of the demo kept in memory, so nothing is written
under media/); set DJANGO_SETTINGS_MODULE to use others.
"""

import argparse
import datetime
import os
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/alliance_bench"
TARGET_MS = 300  # the filtered list's median
BATCH = 1_000
DAYS = 730  # copies are spread over the last two years
ADVISOR = "bench-advisor"
COLLEAGUES = ["bench-colleague-1", "bench-colleague-2"]

# The pages measured: (label, path or query string). Filter names: scan/viewsets.py, ScanResponseFilterSet.
LIST_URL = "/admin/scans/"
FILTERED_QUERY = {"wants_contact": "true", "province": "antwerp", "review_status": "new"}
SEARCH_QUERY = {"q": "Brouwerij"}
INSPECT_URL = "/admin/scans/inspect/{pk}/"
DASHBOARD_URL = "/admin/"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--responses", type=int, default=20_000, help="submitted responses wanted (default 20000)")
    parser.add_argument("--requests", type=int, default=30, help="timed requests per page (default 30)")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL),
        help=f"the database (default DATABASE_URL, else {DEFAULT_DATABASE_URL})",
    )
    parser.add_argument("--templates", type=int, default=300, help="real submissions to copy from (default 300)")
    parser.add_argument("--seed", type=int, default=2030)
    return parser.parse_args()


def ensure_database(url):
    """Create the PostgreSQL database of ``url`` when it does not exist yet."""
    import dj_database_url

    config = dj_database_url.parse(url)
    if "postgresql" not in config["ENGINE"]:
        print(f"Not PostgreSQL ({config['ENGINE']}): the figures will not be representative.")
        return
    import psycopg
    from psycopg import sql

    params = {
        "dbname": "postgres",
        "user": config.get("USER") or None,
        "password": config.get("PASSWORD") or None,
        "host": config.get("HOST") or None,
        "port": config.get("PORT") or None,
    }
    with psycopg.connect(**{key: value for key, value in params.items() if value}, autocommit=True) as connection:
        if connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]).fetchone() is None:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(config["NAME"])))
            print(f"Created the database {config['NAME']}.")


def prepare_site():
    """Migrate, and load the demo when there is no scan page; return the English scan page."""
    from django.core.management import call_command

    from scan.models import ScanPage

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    if not ScanPage.objects.exists():
        print("Loading the demo site (once)...")
        call_command("load_demo", "--no-users", "--force", verbosity=1)
    page = ScanPage.objects.filter(locale__language_code="en").first() or ScanPage.objects.first()
    print(f"Database migrated, demo scan page at {page.url}; {time.perf_counter() - started:.1f} s.")
    return page


def ensure_advisors():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    group = Group.objects.get(name="Advisors")
    users = []
    for username in [ADVISOR, *COLLEAGUES]:
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.org", "first_name": username.title()}
        )
        if created:
            user.set_unusable_password()
            user.save()
        user.groups.add(group)
        users.append(user)
    return users


def submitted():
    from scan.models import ScanResponse

    return ScanResponse.objects.filter(status=ScanResponse.Status.SUBMITTED)


def shifted_scores(template, definition, rng):
    """The template's theme scores moved by a company-wide shift and some noise per theme, with the overall
    score, level and ladder step computed from them as scoring does (weighted mean of the themes with a score)."""
    shift = rng.gauss(0, 12)
    themes, weighted, weights, ladder_percent = [], 0.0, 0.0, None
    for theme in template.theme_scores:
        theme = dict(theme)
        if theme.get("percent") is not None:
            percent = round(min(100.0, max(0.0, theme["percent"] + shift + rng.gauss(0, 6))), 2)
            theme["percent"] = percent
            theme["earned"] = round(percent * (theme.get("possible") or 0) / 100, 6)
            if theme.get("weight", 0) > 0:
                weighted += percent * theme["weight"]
                weights += theme["weight"]
            if theme.get("code") == definition.ladder_theme:
                ladder_percent = percent
        themes.append(theme)
    if not weights:
        return themes, None, "", ""
    overall = round(weighted / weights, 2)
    level = definition.level_for(overall)
    step = definition.ladder_step_for(ladder_percent if ladder_percent is not None else overall)
    return themes, overall, level.code if level else "", step.code if step else ""


COPIED_FIELDS = [
    "scan_key",
    "page_id",
    "revision_id",
    "language",
    "consent_version",
    "tenure",
    "total_area",
    "built_area",
    "outdoor_area",
    "parking_area",
    "borders",
    "buys_risky_commodities",
    "risky_commodities",
    "sells_food",
    "finances",
    "primary_production",
    "answers",
    "facts",
    "suggestions",
]


def copy_of(templates, definitions, rng, advisors, now):
    """An unsaved ScanResponse like one of ``templates`` (grouped by language), from another company, with its
    own follow-up and scores. The template answered in the language the new company's region suggests."""
    from home import factories
    from scan.models import ScanResponse

    profile = factories.company_profile(rng)
    template = rng.choice(templates.get(profile["language"]) or rng.choice(list(templates.values())))
    definition = definitions[template.page_id]
    values = {
        "company_name": profile["company_name"],
        "sector": profile["sector"],
        "staff": profile["staff"],
        "postcode": profile["postcode"],
        "municipality": profile["municipality"],
        "province": profile["province"],
        "contact_name": profile["contact_name"] if rng.random() < 0.75 else "",
    }
    values["contact_email"] = profile["contact_email"] if values["contact_name"] else ""
    values = factories.draw_follow_up(rng, values, rng.choice(advisors), now, DAYS)
    themes, overall, level, step = shifted_scores(template, definition, rng)
    return ScanResponse(
        status=ScanResponse.Status.SUBMITTED,
        theme_scores=themes,
        overall_score=overall,
        level=level,
        ladder_step=step,
        **{name: getattr(template, name) for name in COPIED_FIELDS},
        **values,
    )


def top_up(page, wanted, template_count, advisors, seed):
    """Bring the database to ``wanted`` submitted responses; return how many were added."""
    from django.db import transaction
    from django.db.models import F
    from django.utils import timezone

    from home import factories
    from scan.models import ScanResponse

    missing = wanted - submitted().count()
    if missing <= 0:
        return 0
    rng = random.Random(seed)
    now = timezone.now()
    started = time.perf_counter()
    template_count = min(template_count, missing)
    with transaction.atomic():
        templates = [
            factories.submitted_scan(page, rng, advisor=rng.choice(advisors), days=DAYS, now=now)
            for _ in range(template_count)
        ]
    print(f"  {template_count} real submissions (submit_response) in {time.perf_counter() - started:.1f} s")
    definitions, by_language = {}, {}
    for template in templates:
        definitions.setdefault(template.page_id, template.page.definition)
        by_language.setdefault(template.language, []).append(template)
    remaining = missing - template_count
    started = time.perf_counter()
    while remaining > 0:
        size = min(BATCH, remaining)
        batch = [copy_of(by_language, definitions, rng, advisors, now) for _ in range(size)]
        with transaction.atomic():
            made = ScanResponse.objects.bulk_create(batch)
            # bulk_create stamps updated_at (auto_now); the copies' last activity follows their follow-up instead
            for status in ScanResponse.Review.values:
                ids = [response.pk for response in made if response.review_status == status]
                if status == ScanResponse.Review.NEW:
                    ScanResponse.objects.filter(pk__in=ids).update(updated_at=F("submitted_at"))
                else:
                    ScanResponse.objects.filter(pk__in=ids).update(
                        updated_at=F("submitted_at") + datetime.timedelta(days=rng.uniform(0.5, 20))
                    )
        remaining -= size
    copies = missing - template_count
    print(f"  {copies} copies with bulk_create in batches of {BATCH} in {time.perf_counter() - started:.1f} s")
    return missing


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure(client, label, url, requests):
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm up: caches, template loading, the connection
    # A request empties the query log when it starts; the context must start from an empty log to count it.
    reset_queries()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    queries = len(captured)  # now: captured reads the query log, which the next request empties
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
    return {
        "page": label,
        "url": url,
        "status": response.status_code,
        "queries": queries,
        "p50": statistics.median(timings),
        "p95": percentile(timings, 0.95),
        "max": max(timings),
    }


def inspect_pk():
    """A demo scan the advisor wrote notes about (a real submission, not a copy), else the latest response."""
    from home.demo.content.scans import NOTES

    demo = submitted().filter(company_name__in=list(NOTES)).order_by("company_name").values_list("pk", flat=True)
    return demo.first() or submitted().order_by("-submitted_at").values_list("pk", flat=True).first()


def main():
    args = parse_args()
    os.environ["DATABASE_URL"] = args.database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    ensure_database(args.database_url)

    import django

    django.setup()
    from django.conf import settings
    from django.test import Client

    settings.DEBUG = False
    page = prepare_site()
    advisors = ensure_advisors()
    before = submitted().count()
    print(f"Submitted responses before: {before:,}; wanted: {args.responses:,}.")
    added = top_up(page, args.responses, args.templates, advisors, args.seed)
    total = submitted().count()
    on_page = submitted().filter(scan_key=page.translation_key).count()
    print(f"Submitted responses in the database: {total:,} ({added:,} added; {on_page:,} on the demo scan).")

    client = Client(HTTP_HOST="localhost")
    client.force_login(advisors[0])
    pk = inspect_pk()
    pages = [
        ("list, first page", LIST_URL),
        ("list filtered", f"{LIST_URL}?{urlencode(FILTERED_QUERY)}"),
        ("search", f"{LIST_URL}?{urlencode(SEARCH_QUERY)}"),
        ("inspect", INSPECT_URL.format(pk=pk)),
        ("dashboard (scans panel)", DASHBOARD_URL),
    ]
    results = [measure(client, label, url, args.requests) for label, url in pages]

    print()
    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    print(f"{args.requests} requests per page, logged in as {ADVISOR}, DEBUG off, {engine}")
    print(f"{'page':26} {'status':>6} {'queries':>7} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  url")
    for row in results:
        print(
            f"{row['page']:26} {row['status']:>6} {row['queries']:>7} {row['p50']:>8.1f} {row['p95']:>8.1f} "
            f"{row['max']:>8.1f}  {row['url']}"
        )
    filtered = results[1]
    met = filtered["status"] == 200 and filtered["p50"] < TARGET_MS
    print()
    print(
        f"Target: filtered list median < {TARGET_MS} ms: {filtered['p50']:.1f} ms, "
        f"{'met' if met else 'NOT met'} (status {filtered['status']})."
    )
    failed = [row["page"] for row in results if row["status"] != 200]
    if failed:
        print(f"Pages that did not answer 200: {', '.join(failed)}.")
    return 0 if met and not failed else 1


if __name__ == "__main__":
    sys.exit(main())
