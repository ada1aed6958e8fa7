"""Complete N biodiversity scans over HTTP with C concurrent simulated companies and print the figures.

Run it against gunicorn with the production settings on PostgreSQL (see the README, "Benchmarks"):

    .venv/bin/python bench/scan_flow.py --url http://127.0.0.1:8000/en/scan/ -n 200 -c 10

Each simulated company opens the scan, gives consent, fills in a company profile, answers every step with
random valid answers (read from the forms it is shown, so conditional steps are followed as a browser would),
checks its answers and submits. The script prints completed scans per second and per-step latency
percentiles, counts errors, and checks in the database (DATABASE_URL) that exactly N responses were submitted.
"""

import argparse
import random
import sys
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scan_client import PROFILE_ANSWERS, Browser, django_setup, fill_step, print_timings, step_of  # noqa: E402


class Company:
    """One simulated company with its own cookies."""

    def __init__(self, base_url, number, timings, rng):
        self.base_url = base_url
        self.number = number
        self.rng = rng
        self.browser = Browser(timings, timeout=30)
        self.profile = {
            **PROFILE_ANSWERS,
            "company_name": PROFILE_ANSWERS["company_name"].format(n=number),
            "contact_email": f"bench{number}@example.org",
        }

    def request(self, url, data=None, label=None):
        reply = self.browser.request(url, data, label)
        if reply.status >= 400 or reply.status == 0:
            raise RuntimeError(f"{reply.status or reply.html} on {url}")
        return reply.status, reply.location, reply.html

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
            data, _answers = fill_step(step, html, self.rng, self.browser.csrf(), self.profile)
            status, location, html = self.request(url, data, label=f"{step} (post)")
            if not location:
                raise RuntimeError(f"step {step} was not accepted")
            if "/results/" in location:
                self.request(location, label="results")
                return
            url = location


def submitted_count(since):
    """Submitted responses since ``since`` (a datetime), read through the project's ORM and DATABASE_URL."""
    django_setup()
    from scan.models import ScanResponse

    return ScanResponse.objects.filter(status=ScanResponse.Status.SUBMITTED, submitted_at__gte=since).count()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000/en/scan/", help="the scan page's URL")
    parser.add_argument("-n", "--scans", type=int, default=200, help="scans to complete")
    parser.add_argument("-c", "--concurrency", type=int, default=10, help="concurrent companies")
    parser.add_argument("--seed", type=int, default=2030)
    parser.add_argument("--no-db-check", action="store_true", help="skip counting the submitted responses")
    parser.add_argument(
        "--warm-up",
        type=int,
        default=None,
        help="scans completed before measuring, one at a time (default: as many as the concurrency)",
    )
    args = parser.parse_args()
    warm_up = args.concurrency if args.warm_up is None else args.warm_up

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

    # Each app server process reads its templates and builds the questionnaire on its first requests: a few scans
    # before measuring, so that the figures are those of a server that has been running. They are counted in the
    # database check, not in the timings.
    for number in range(warm_up):
        Company(args.url, args.scans + number, defaultdict(list), random.Random(args.seed - 1 - number)).run()

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
        list(pool.map(one, range(args.scans)))
    elapsed = time.perf_counter() - started

    completed = args.scans - len(errors)
    print(f"Scans: {args.scans} with {args.concurrency} concurrent companies against {args.url} ({warm_up} warm-up)")
    print(f"Completed: {completed} in {elapsed:.1f} s = {completed / elapsed:.1f} scans/s; errors: {len(errors)}")
    print_timings(timings)
    for error in errors[:10]:
        print("ERROR", error)
    status = 0 if not errors else 1
    if not args.no_db_check:
        count = submitted_count(since)
        expected = args.scans + warm_up
        print(f"\nSubmitted responses in the database since the start: {count} (expected {expected} with the warm-up)")
        status = status or (0 if count == expected else 1)
    sys.exit(status)


if __name__ == "__main__":
    main()
