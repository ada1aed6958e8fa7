"""Requests per second and latency of the public pages, against gunicorn on PostgreSQL, with and without the page
cache, as ratios to a bare Django view that answers "ok" (the ceiling of this setup).

    .venv/bin/python bench/pages.py [--duration 10] [--connections 10] [--database-url URL]

1. Prepares a PostgreSQL database (default postgres://postgres@127.0.0.1:5432/alliance_pages): migrates it, loads the
   demo, and adds volume: --projects projects (default 1,000) and --news news items (default 200), half in English
   and half in Dutch, a third of the projects with a demo image, each serving one or two objectives; and
   --responses submitted scans (default 20,000; bench/admin_list.py's copies). Done once; later runs reuse it.
2. Starts gunicorn like ``make serve`` (production settings, 3 workers, Redis at REDIS_URL, default
   redis://127.0.0.1:6379/5) three times: with the page cache on; with it off (PAGE_CACHE_SECONDS=0: what a
   visitor with a session gets, and every visitor after a publication, while the fragment cache keeps the site's
   chrome and the bodies of unchanged pages); and with no cache at all (FRAGMENT_CACHE_SECONDS=0 too).
3. For each page, in Dutch and English: the home page, the showcase (unfiltered and filtered by province), an
   objective page, a project page, search, a static file and the health check ``/healthz/`` (a bare view that
   answers "ok"): one request to warm up, then wrk at --connections connections for --duration seconds.
4. Prints one table per run: requests/s, p50 and p99 latency and the ratio to the bare view's requests/s, the
   queries each page issues with the page cache off (Django's test client; with the fragment cache warm, and with
   no cache), and how many image renditions were generated while measuring (none is expected after the warm-up
   request).

Needs wrk (Debian's package ``wrk``).
"""

import argparse
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/alliance_pages"
LANGUAGES = ("nl", "en")
# The Wagtail demo's pages served by this setup on this kind of machine: about 40 to 110 requests per second.
DEMO_REFERENCE_HIGH = 110
MUNICIPALITIES = [
    ("antwerp", "Mechelen"),
    ("limburg", "Hasselt"),
    ("east_flanders", "Gent"),
    ("west_flanders", "Brugge"),
    ("flemish_brabant", "Leuven"),
    ("walloon_brabant", "Wavre"),
    ("namur", "Dinant"),
    ("liege", "Spa"),
    ("luxembourg", "Arlon"),
    ("hainaut", "Mons"),
    ("brussels", "Elsene"),
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per page (default 10)")
    parser.add_argument("--connections", type=int, default=10, help="concurrent connections (default 10)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (default 3, as make serve)")
    parser.add_argument("--port", type=int, default=8200)
    parser.add_argument("--projects", type=int, default=1_000)
    parser.add_argument("--news", type=int, default=200)
    parser.add_argument("--responses", type=int, default=20_000)
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL))
    parser.add_argument("--redis-url", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5"))
    parser.add_argument("--only", choices=list(MODES), help="measure one mode only")
    parser.add_argument("--prepare-only", action="store_true", help="prepare the database and stop")
    return parser.parse_args()


MODES = {
    "cached": "page cache ON (anonymous visitors)",
    "uncached": "page cache OFF (fragment cache on)",
    "bare": "page cache and fragment cache OFF",
}


def server_environment(args, page_cache, fragments=True):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        DATABASE_URL=args.database_url,
        REDIS_URL=args.redis_url,
        SECRET_KEY=env.get("SECRET_KEY") or "bench-only-secret-" + "x" * 40,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        SESSION_COOKIE_SECURE="0",
        CSRF_COOKIE_SECURE="0",
        SECURE_HSTS_SECONDS="0",
        PAGE_CACHE_SECONDS="300" if page_cache else "0",
        FRAGMENT_CACHE_SECONDS="300" if fragments else "0",
    )
    return env


# --- 1. the database -------------------------------------------------------------------------------------------


def prepare(args):
    """Migrate, load the demo and add the volume (in this process, with the server's settings)."""
    os.environ.update(server_environment(args, page_cache=False))
    sys.path.insert(0, str(ROOT / "bench"))
    import admin_list

    admin_list.ensure_database(args.database_url)
    import django

    django.setup()
    page = admin_list.prepare_site()
    add_pages(args.projects, args.news)
    advisors = admin_list.ensure_advisors()
    added = admin_list.top_up(page, args.responses, min(300, args.responses), advisors, seed=2030)
    print(f"Submitted scans in the database: {admin_list.submitted().count():,} ({added:,} added).")
    from django.core.management import call_command

    call_command("collectstatic", "--noinput", verbosity=0)


def add_pages(projects_wanted, news_wanted):
    from wagtail.images import get_image_model
    from wagtail.models import Locale

    from home.models import NewsIndexPage, NewsPage, ObjectivePage, Organisation, ProjectPage, ShowcaseIndexPage
    from home.models.showcase import ProjectObjective

    rng = random.Random(2030)
    images = list(get_image_model().objects.all()[:20])
    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        showcase = ShowcaseIndexPage.objects.get(locale=locale)
        objectives = list(ObjectivePage.objects.filter(locale=locale))
        organisations = list(Organisation.objects.filter(locale=locale)) or [None]
        missing = projects_wanted // len(LANGUAGES) - ProjectPage.objects.filter(locale=locale).count()
        started = time.perf_counter()
        for n in range(max(0, missing)):
            province, municipality = rng.choice(MUNICIPALITIES)
            project = ProjectPage(
                title=f"Bench project {language} {n}: hedges and ponds in {municipality}",
                slug=f"bench-project-{n}",
                subtitle="Room for nature on a company site",
                description=f"<p>Project {n} plants native hedges, digs a pond and mows late in {municipality}.</p>",
                organisation=rng.choice(organisations),
                start_year=rng.randint(2015, 2025),
                municipality=municipality,
                province=province,
                latitude=Decimal(f"{rng.uniform(50.3, 51.2):.6f}"),
                longitude=Decimal(f"{rng.uniform(3.2, 5.8):.6f}"),
                image=rng.choice(images) if images and n % 3 == 0 else None,
                locale=locale,
            )
            showcase.add_child(instance=project)
            for index, objective in enumerate(rng.sample(objectives, k=min(len(objectives), rng.randint(1, 2)))):
                ProjectObjective.objects.create(page=project, objective=objective, sort_order=index)
            project.save_revision().publish()
        if missing > 0:
            print(f"  {missing} {language} projects in {time.perf_counter() - started:.1f} s")
        news_index = NewsIndexPage.objects.get(locale=locale)
        missing = news_wanted // len(LANGUAGES) - NewsPage.objects.filter(locale=locale).count()
        for n in range(max(0, missing)):
            item = NewsPage(
                title=f"Bench news {language} {n}: a new engagement",
                slug=f"bench-news-{n}",
                introduction="Another company joined the alliance with a biodiversity-positive site.",
                date=NewsPage._meta.get_field("date").default(),
                locale=locale,
            )
            news_index.add_child(instance=item)
            item.save_revision().publish()


# --- 2. the server ---------------------------------------------------------------------------------------------


def start_server(args, page_cache, fragments=True):
    env = server_environment(args, page_cache, fragments)
    command = [
        str(ROOT / ".venv" / "bin" / "gunicorn"),
        "cms.wsgi:application",
        "--bind",
        f"127.0.0.1:{args.port}",
        "--workers",
        str(args.workers),
        "--access-logfile",
        "/dev/null",
    ]
    server = subprocess.Popen(  # noqa: S603 -- our own command line
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    base = f"http://127.0.0.1:{args.port}"
    for _ in range(100):
        try:
            with urllib.request.urlopen(f"{base}/healthz/", timeout=2) as response:
                if response.status == 200:
                    return server, base
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit(f"gunicorn did not start: {server.stderr.read().decode()[-2000:]}")


def stop_server(server):
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()


# --- 3. the pages ----------------------------------------------------------------------------------------------


def page_addresses():
    """(label, path) for every measured page; found in the database (Django set up by prepare())."""
    from django.contrib.staticfiles.storage import staticfiles_storage
    from wagtail.models import Locale

    from home.models import HomePage, ObjectivePage, ProjectPage, ShowcaseIndexPage

    pages = [("bare view (ceiling)", "/healthz/"), ("static file", staticfiles_storage.url("home/css/site.css"))]
    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        showcase = ShowcaseIndexPage.objects.live().get(locale=locale)
        project = ProjectPage.objects.live().filter(locale=locale, image__isnull=False).order_by("pk").first()
        objective = ObjectivePage.objects.live().filter(locale=locale).order_by("number").first()
        pages += [
            (f"home {language}", HomePage.objects.live().get(locale=locale).url),
            (f"showcase {language}", showcase.url),
            (f"showcase filtered {language}", f"{showcase.url}?province=antwerp"),
            (f"objective {language}", objective.url),
            (f"project {language}", project.url),
            (f"search {language}", f"/{language}/search/?q=biodiversity"),
        ]
    return pages


def count_queries(pages):
    """Queries per page with the page cache off: with the fragment cache warm, and with no cache at all."""
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    for label, path in pages:
        if label == "static file":
            counts[label] = "0 / 0"
            continue
        found = []
        for seconds in (300, 0):
            settings.FRAGMENT_CACHE_SECONDS = seconds
            client.get(path)
            with CaptureQueriesContext(connection) as queries:
                status = client.get(path).status_code
            found.append(str(len(queries)) if status == 200 else f"status {status}")
        counts[label] = " / ".join(found)
    return counts


WRK_RPS = re.compile(r"Requests/sec:\s+([\d.]+)")
WRK_LATENCY = re.compile(r"^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", re.M)
WRK_ERRORS = re.compile(r"Non-2xx or 3xx responses: (\d+)|Socket errors: (.*)")
UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def measure(base, path, args):
    cache_state = measure_once(base, path)
    command = [
        "wrk",
        f"-t{args.threads}",
        f"-c{args.connections}",
        f"-d{args.duration}s",
        "--latency",
        "-H",
        "Accept-Encoding: gzip",
        base + path,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    latency = {pct: float(value) * UNIT_MS[unit] for pct, value, unit in WRK_LATENCY.findall(output)}
    errors = [match.group(0) for match in WRK_ERRORS.finditer(output)]
    return {
        "rps": float(WRK_RPS.search(output).group(1)),
        "p50": latency.get("50"),
        "p99": latency.get("99"),
        "errors": "; ".join(errors) or "0",
        "cache": cache_state,
    }


def rendition_count():
    from wagtail.images import get_image_model

    return get_image_model().get_rendition_model().objects.count()


def run(args, pages, mode, queries):
    server, base = start_server(args, page_cache=mode == "cached", fragments=mode != "bare")
    try:
        for _label, path in pages:  # the first request of each page renders it and its images
            measure_once(base, path)
        renditions_before = rendition_count()
        results = {label: measure(base, path, args) for label, path in pages}
        renditions_after = rendition_count()
    finally:
        stop_server(server)
    ceiling = results["bare view (ceiling)"]["rps"]
    print()
    print(
        f"## {MODES[mode]}: {args.connections} connections, {args.duration} s per page, gunicorn {args.workers} workers"
    )
    print()
    print(
        "| page | req/s | p50 ms | p99 ms | ratio to ceiling | queries (fragments warm / no cache) | cache | errors |"
    )
    print("|---|---:|---:|---:|---:|---:|---|---|")
    for label, _path in pages:
        row = results[label]
        print(
            f"| {label} | {row['rps']:,.0f} | {row['p50']:.1f} | {row['p99']:.1f} | {row['rps'] / ceiling:.0%} "
            f"| {queries.get(label, '-')} | {row['cache']} | {row['errors']} |"
        )
    print()
    print(f"Renditions generated after the first requests: {renditions_after - renditions_before}.")
    return results


def measure_once(base, path):
    """Request ``path`` once; return its X-Page-Cache header ("hit", "miss" or "-")."""
    with urllib.request.urlopen(base + path, timeout=30) as response:  # noqa: S310 -- our own server
        response.read()
        return response.headers.get("X-Page-Cache", "-")


def main():
    args = parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: apt-get install wrk")
    started = time.perf_counter()
    prepare(args)
    print(f"Database ready in {time.perf_counter() - started:.0f} s.")
    if args.prepare_only:
        return 0
    from django.conf import settings

    settings.PAGE_CACHE_SECONDS = 0
    pages = page_addresses()
    queries = count_queries(pages)
    summary = {mode: run(args, pages, mode, queries) for mode in MODES if args.only in (None, mode)}
    measured = [label for label, _path in pages if label not in ("bare view (ceiling)", "static file")]
    print()
    if "cached" in summary:
        ceiling = summary["cached"]["bare view (ceiling)"]["rps"]
        below = [label for label in measured if summary["cached"][label]["rps"] < ceiling / 2]
        print(f"Cached pages below 50 % of the ceiling: {', '.join(below) or 'none'}.")
    if "uncached" in summary:
        slowest = min(measured, key=lambda label: summary["uncached"][label]["rps"])
        rps = summary["uncached"][slowest]["rps"]
        print(
            f"Page cache off: the slowest page is {slowest} at {rps:,.0f} requests/s "
            f"({rps / DEMO_REFERENCE_HIGH:.1f} times the Wagtail demo's fastest pages, {DEMO_REFERENCE_HIGH}/s)."
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
