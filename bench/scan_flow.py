"""Complete N biodiversity scans over HTTP with C concurrent simulated companies and print the figures.

Run it against gunicorn with the production settings on PostgreSQL (see the README, "Benchmarks"):

    .venv/bin/python bench/scan_flow.py --url http://127.0.0.1:8000/en/scan/ -n 200 -c 10

Each simulated company opens the scan, gives consent, fills in a company profile, answers every step with
random valid answers (read from the forms it is shown, so conditional steps are followed as a browser would),
checks its answers and submits. The script prints completed scans per second and per-step latency
percentiles, counts errors, and checks in the database (DATABASE_URL) that exactly N responses were submitted.
"""

import argparse
import http.cookiejar
import os
import random
import re
import statistics
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

INPUT = re.compile(r"<input\b[^>]*>", re.I)
ATTRIBUTE = re.compile(r'([a-zA-Z_:-]+)="([^"]*)"')
SELECT = re.compile(r'<select\b[^>]*name="([^"]+)"[^>]*>(.*?)</select>', re.I | re.S)
OPTION = re.compile(r'<option\b[^>]*value="([^"]*)"', re.I)

PROFILE = {
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


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Company:
    """One simulated company with its own cookies."""

    def __init__(self, base_url, number, timings, rng):
        self.base_url = base_url
        self.number = number
        self.timings = timings
        self.rng = rng
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies), NoRedirect)

    def request(self, url, data=None, label=None):
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(url, data=body, headers={"Referer": url})
        started = time.perf_counter()
        try:
            response = self.opener.open(request, timeout=30)
            status, location, html = response.status, response.headers.get("Location"), response.read().decode()
        except urllib.error.HTTPError as error:
            status, location, html = error.code, error.headers.get("Location"), error.read().decode(errors="replace")
        elapsed = time.perf_counter() - started
        self.timings[label or step_of(url)].append(elapsed)
        if status >= 400:
            raise RuntimeError(f"{status} on {url}")
        return status, (urllib.parse.urljoin(url, location) if location else None), html

    def csrf(self):
        return next((cookie.value for cookie in self.cookies if cookie.name == "csrftoken"), "")

    def run(self):
        url = self.base_url
        status, location, _html = self.request(url, label="start")
        url = location
        while True:
            status, location, html = self.request(url)
            if location:  # a GET that redirects (e.g. to the first open step)
                url = location
                continue
            step = step_of(url)
            data = self.answers(step, html)
            status, location, html = self.request(url, data, label=f"{step} (post)")
            if not location:
                raise RuntimeError(f"step {step} was not accepted")
            if "/results/" in location:
                self.request(location, label="results")
                return
            url = location

    def answers(self, step, html):
        data = {"csrfmiddlewaretoken": self.csrf()}
        radios, checkboxes = defaultdict(list), defaultdict(list)
        for tag in INPUT.findall(html):
            attributes = dict(ATTRIBUTE.findall(tag))
            name, kind = attributes.get("name", ""), attributes.get("type", "text")
            if not name or name == "csrfmiddlewaretoken":
                continue
            if kind == "hidden":
                data[name] = attributes.get("value", "")
            elif kind == "radio":
                radios[name].append(attributes.get("value", ""))
            elif kind == "checkbox":
                checkboxes[name].append(attributes.get("value", "on"))
            elif kind == "number" or attributes.get("inputmode") in {"decimal", "numeric"}:
                field = name.split("-", 1)[-1]
                if step == "profile" and field in PROFILE:
                    data[name] = PROFILE[field]
                else:
                    # Percentages, metres and counts alike accept 0-100.
                    limit = float(attributes.get("max") or 100)
                    data[name] = str(self.rng.randint(0, int(min(limit, 100))))
            elif kind in {"text", "email"}:
                field = name.split("-", 1)[-1]
                data[name] = PROFILE.get(field, "").format(n=self.number) if step == "profile" else ""
                if field == "contact_email":
                    data[name] = f"bench{self.number}@example.org"
        for name, values in radios.items():
            field = name.split("-", 1)[-1]
            data[name] = PROFILE[field] if step == "profile" and field in PROFILE else self.rng.choice(values)
        for name, values in checkboxes.items():
            field = name.split("-", 1)[-1]
            if field in {"consent"}:
                data[name] = values[0]
            elif field == "contact_consent":
                continue
            elif step == "profile" and field in PROFILE:
                data[name] = PROFILE[field]
            else:
                data[name] = self.rng.sample(values, self.rng.randint(0, len(values)))
        for name, options in SELECT.findall(html):
            field = name.split("-", 1)[-1]
            values = [value for value in OPTION.findall(options) if value]
            data[name] = PROFILE.get(field) if step == "profile" and field in PROFILE else self.rng.choice(values)
        return data


def step_of(url):
    path = urllib.parse.urlparse(url).path.rstrip("/")
    return path.rsplit("/", 1)[-1] or "start"


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def submitted_count(since):
    """Submitted responses since ``since`` (a datetime), read through the project's ORM and DATABASE_URL."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    import django

    django.setup()
    from scan.models import ScanResponse

    return ScanResponse.objects.filter(status=ScanResponse.Status.SUBMITTED, submitted_at__gte=since).count()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000/en/scan/", help="the scan page's URL")
    parser.add_argument("-n", "--scans", type=int, default=200, help="scans to complete")
    parser.add_argument("-c", "--concurrency", type=int, default=10, help="concurrent companies")
    parser.add_argument("--seed", type=int, default=2030)
    parser.add_argument("--no-db-check", action="store_true", help="skip counting the submitted responses")
    args = parser.parse_args()

    from datetime import UTC, datetime

    since = datetime.now(UTC)
    timings = defaultdict(list)
    lock = threading.Lock()
    errors = []

    def one(number):
        local = defaultdict(list)
        try:
            Company(args.url, number, local, random.Random(args.seed + number)).run()
        except Exception as error:  # noqa: BLE001 -- every failure is counted and reported
            errors.append(f"company {number}: {error}")
        with lock:
            for label, values in local.items():
                timings[label].extend(values)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
        list(pool.map(one, range(args.scans)))
    elapsed = time.perf_counter() - started

    completed = args.scans - len(errors)
    print(f"Scans: {args.scans} with {args.concurrency} concurrent companies against {args.url}")
    print(f"Completed: {completed} in {elapsed:.1f} s = {completed / elapsed:.1f} scans/s; errors: {len(errors)}")
    everything = [value for values in timings.values() for value in values]
    print(f"\n{'step':<24}{'requests':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}")
    for label in sorted(timings, key=lambda name: statistics.mean(timings[name])):
        values = timings[label]
        print(
            f"{label:<24}{len(values):>9}{percentile(values, 0.5) * 1000:>9.1f}{percentile(values, 0.95) * 1000:>9.1f}"
            f"{percentile(values, 0.99) * 1000:>9.1f}{max(values) * 1000:>9.1f}"
        )
    if everything:
        print(
            f"{'all requests':<24}{len(everything):>9}{percentile(everything, 0.5) * 1000:>9.1f}"
            f"{percentile(everything, 0.95) * 1000:>9.1f}{percentile(everything, 0.99) * 1000:>9.1f}"
            f"{max(everything) * 1000:>9.1f}"
        )
    for error in errors[:10]:
        print("ERROR", error)
    status = 0 if not errors else 1
    if not args.no_db_check:
        count = submitted_count(since)
        print(f"\nSubmitted responses in the database since the start: {count} (expected {args.scans})")
        status = status or (0 if count == args.scans else 1)
    sys.exit(status)


if __name__ == "__main__":
    main()
