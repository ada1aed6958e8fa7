"""Soak the scan: C concurrent companies walk it for S seconds, then the database must hold exactly what they did.

Run it against gunicorn with the production settings on PostgreSQL (see the README, "Benchmarks"):

    .venv/bin/python bench/soak.py --url http://127.0.0.1:8000/en/scan/ -c 50 --seconds 60
    .venv/bin/python bench/soak.py --url http://127.0.0.1:8000/en/scan/ -c 50 --seconds 60 --db-restart-at 20

Each worker plays one company after another, in a random language of the scan. A company gives consent, reads its
resume link on the "save and continue later" page, fills in its profile (named with a prefix unique to the run)
and answers the steps with random valid answers, as a browser would. At each step it may instead go back a step
(the wizard's "Back" button), leave and come back a few seconds later (with the same cookies, or on another device
through its resume link: it must land on the step it had reached), or abandon the scan. Companies that reach the
end submit and open their results. When the time is up, companies stop where they are (their drafts stay).

At the end the script reads the database (DATABASE_URL, through the project's settings) and checks that it holds
exactly the drafts and submitted responses the companies created in this run, no more and no less, each with the
answers it last saw accepted (and, when submitted, the scores of those answers); that no request got a 5xx; and
prints requests, requests per second, latency percentiles per step and the responses by status.

--db-restart-at T stops PostgreSQL T seconds into the run and starts it again --db-down-seconds later (commands:
--db-stop-command, --db-start-command and --db-ready-command, or the environment variables SOAK_DB_STOP_COMMAND,
SOAK_DB_START_COMMAND and SOAK_DB_READY_COMMAND; the defaults drive the local Debian cluster). Then every response
from the stop until the database is ready again (plus --grace seconds) may be a 503, which must be the
"temporarily unavailable" page in the language of the address, with Retry-After; a company retries the request that
got it, and afterwards every company must continue from the step it had reached. The database is always started
again, even when the run fails or is interrupted. Exits non-zero when any check fails.
"""

import argparse
import itertools
import os
import random
import secrets
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scan_client import (  # noqa: E402
    CHECK,
    INTRO,
    PROFILE_ANSWERS,
    RESULTS_LINK,
    RESUME_LINK,
    Browser,
    ScanRecord,
    check_database,
    fill_step,
    hidden_fields,
    is_unavailable_page,
    previous_step,
    print_timings,
    scan_urls,
    step_of,
    translated_texts,
)

DEFAULT_STOP = "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main stop -m fast"
DEFAULT_START = "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"
DEFAULT_READY = "pg_isready -h 127.0.0.1 -q"


class CompanyFailed(Exception):
    """Something a visitor must never see, or the wizard lost track of the company."""


class Stop(Exception):
    """The run's time is up while the company was away."""


class Soak:
    """Shared state of a run: the clock, the outage window, counters and every company's record."""

    def __init__(self, args):
        self.args = args
        self.lock = threading.Lock()
        self.started = time.monotonic()
        self.deadline = self.started + args.seconds
        self.timings = defaultdict(list)
        self.statuses = Counter()
        self.events = Counter()
        self.failed_steps = Counter()
        self.errors = []
        self.records = []
        self.numbers = itertools.count(1)
        self.prefix = f"Soak {datetime.now():%Y%m%d-%H%M%S}-{secrets.token_hex(2)} #"
        self.restart = args.db_restart_at is not None
        self.outage_from = self.outage_until = None  # monotonic; until stays None while the database is down
        self.outage_log = []

    def elapsed(self):
        return time.monotonic() - self.started

    def in_outage(self, moment):
        if self.outage_from is None or moment < self.outage_from - 0.5:
            return False
        return self.outage_until is None or moment <= self.outage_until + self.args.grace

    def count(self, reply, label):
        with self.lock:
            self.statuses[reply.status] += 1
            if reply.status >= 500 or reply.status == 0:
                self.failed_steps[f"{reply.status or 'no answer'} on {label}"] += 1

    def event(self, name, amount=1):
        with self.lock:
            self.events[name] += amount

    def error(self, message):
        with self.lock:
            self.errors.append(f"{self.elapsed():6.1f} s  {message}")


class Company:
    """One simulated company: its browser, its record, and the step the wizard last sent it to."""

    def __init__(self, soak, number, language, base, rng):
        self.soak, self.args, self.rng = soak, soak.args, rng
        self.base = base
        self.browser = Browser(soak.timings, timeout=120)
        self.expected = None  # the step the wizard last sent this company to
        self.profile = {
            **PROFILE_ANSWERS,
            "company_name": f"{soak.prefix}{number}",
            "contact_email": f"soak{number}@example.org",
            "outdoor_area": rng.choice(["0", "6000"]),
            "buys_risky_commodities": rng.choice(["yes", "no"]),
            "sells_food": rng.choice(["yes", "no"]),
            "finances": rng.choice(["yes", "no"]),
        }
        self.record = ScanRecord(number, language, self.profile["company_name"], self.profile)

    # Requests ---------------------------------------------------------------------------------------------

    def send(self, url, data=None, label=None):
        """One request, repeated while the database is down (503 during the outage), as a visitor would.
        Returns (reply, whether it was repeated)."""
        label = label or step_of(url)
        first, attempt = time.monotonic(), 0
        while True:
            reply = self.browser.request(url, data, label)
            self.soak.count(reply, label)
            if reply.status < 500 and reply.status != 0:
                return reply, attempt > 0
            if reply.status != 503 or not self.soak.in_outage(reply.finished_at):
                raise CompanyFailed(f"{reply.status or reply.html} on {label} {url}")
            if not is_unavailable_page(reply, self.soak.expected_texts):
                raise CompanyFailed(f"503 on {label} without the translated unavailable page: {url}")
            self.soak.event("503 page during the outage")
            if label.startswith(f"{INTRO} (post)"):
                self.soak.event("consents answered 503")
            if time.monotonic() - first > self.args.retry_for:
                raise CompanyFailed(f"still 503 after {self.args.retry_for} s on {label}")
            attempt += 1
            time.sleep(self.args.retry_pause * min(attempt, 4))

    def show(self, url, label=None, redirects=3):
        """GET a page of the wizard, following its redirects: (url, html)."""
        for _ in range(redirects + 1):
            reply, _repeated = self.send(url, label=label)
            if reply.status == 200:
                return reply.url, reply.html
            if reply.status != 302 or not reply.location:
                raise CompanyFailed(f"{reply.status} on GET {url}")
            url = reply.location
            label = "scan page" if url == self.base else None
        raise CompanyFailed(f"too many redirects from {url}")

    def show_step(self, url):
        """GET the step the wizard just sent the company to: it must be shown, not redirected."""
        reply, _repeated = self.send(url)
        if reply.status != 200:
            raise CompanyFailed(f"step {step_of(url)} answered {reply.status} (to {reply.location})")
        return reply.url, reply.html

    # What a company does -----------------------------------------------------------------------------------

    def run(self):
        url, html = self.show(self.base, label="start")
        self.expected = step_of(url)
        while True:
            if time.monotonic() >= self.soak.deadline:
                self.soak.event("stopped by the end of the run")
                return
            if self.args.think:
                time.sleep(self.rng.uniform(0, 2 * self.args.think))
            step, roll = step_of(url), self.rng.random()
            if roll < self.args.abandon:
                self.soak.event("abandoned" if self.record.token else "left before consenting")
                return
            roll -= self.args.abandon
            if self.record.token and roll < self.args.leave:
                try:
                    url, html = self.leave_and_resume()
                except Stop:
                    self.soak.event("away at the end of the run")
                    return
                continue
            roll -= self.args.leave
            previous = previous_step(html)
            if previous and roll < self.args.back:
                url, html = self.back(url, html, previous)
                continue
            shown = self.answer(url, html, step)
            if shown is None:
                return
            url, html = shown

    def answer(self, url, html, step):
        data, answers = fill_step(step, html, self.rng, self.browser.csrf(), self.profile)
        reply, repeated = self.send(url, data, label=f"{step} (post)")
        if reply.status == 409 and repeated:
            # The first attempt did its work before the database went away (e.g. the scan was submitted): the
            # company continues through its resume link, as the 503 page advises.
            self.soak.event("continued through the resume link after a 503")
            return self.recover()
        if reply.status != 302 or not reply.location:
            raise CompanyFailed(f"step {step} not accepted: {reply.status}")
        self.record.answers_by_step[step] = answers
        if step == INTRO and self.record.token is None:
            self.learn_token()
        if "/results/" in reply.location:
            return self.see_results(reply.location)
        self.expected = step_of(reply.location)
        if step == CHECK:
            self.soak.event("sent back from the check to a step")
        return self.show_step(reply.location)

    def learn_token(self):
        """Read the resume link on the "save and continue later" page: the draft's identifier."""
        _url, html = self.show(f"{self.base}save/", label="save for later")
        match = RESUME_LINK.search(html)
        if not match:
            raise CompanyFailed("no resume link on the save-for-later page")
        with self.soak.lock:
            self.record.token = match.group(1)

    def see_results(self, location):
        match = RESULTS_LINK.search(location)
        if not match or match.group(1) != self.record.token:
            raise CompanyFailed("the results link does not carry the draft's token")
        self.record.submitted = True
        self.soak.event("submitted")
        reply, _repeated = self.send(location, label="results")
        if reply.status != 200:
            raise CompanyFailed(f"results answered {reply.status}")
        return None

    def back(self, url, html, previous):
        data = {**hidden_fields(html, self.browser.csrf()), "wizard_goto_step": previous}
        reply, _repeated = self.send(url, data, label="back (post)")
        if reply.status != 302 or not reply.location or step_of(reply.location) != previous:
            raise CompanyFailed(f"back from {step_of(url)} answered {reply.status} to {reply.location}")
        self.soak.event("went back a step")
        self.expected = previous
        return self.show_step(reply.location)

    def leave_and_resume(self):
        pause = self.rng.uniform(self.args.away_min, self.args.away_max)
        if time.monotonic() + pause >= self.soak.deadline:
            raise Stop
        time.sleep(pause)
        if self.rng.random() < 0.5:
            url, html = self.show(self.base, label="resume (cookie)")
            self.soak.event("left and came back (same browser)")
        else:
            self.browser.new_device()
            url, html = self.show(f"{self.base}resume/{self.record.token}/", label="resume (link)")
            self.soak.event("left and came back (resume link, other device)")
        if step_of(url) != self.expected:
            raise CompanyFailed(f"came back to {step_of(url)}, had reached {self.expected}")
        return url, html

    def recover(self):
        self.browser.new_device()
        url, html = self.show(f"{self.base}resume/{self.record.token}/", label="resume (link)")
        if "/results/" in url:
            self.record.submitted = True
            self.soak.event("submitted")
            return None
        self.expected = step_of(url)
        return url, html


# The database outage ------------------------------------------------------------------------------------------


def shell(command, timeout):
    result = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=timeout)  # noqa: S602
    return result.returncode, (result.stdout + result.stderr).strip()


class Outage:
    """Stops the database at --db-restart-at and starts it again; makes sure it is started whatever happens."""

    def __init__(self, soak):
        self.soak, self.args = soak, soak.args
        self.stopped = False
        self.cancel = threading.Event()
        self.thread = threading.Thread(target=self.run, name="outage", daemon=True)

    def run(self):
        if self.cancel.wait(self.args.db_restart_at):
            return
        soak, log = self.soak, self.soak.outage_log
        soak.outage_from = time.monotonic()
        self.stopped = True
        code, output = shell(self.args.db_stop_command, timeout=60)
        log.append(f"{soak.elapsed():6.1f} s  stop: exit {code} {output[:200]}")
        stopped_at = time.monotonic()
        time.sleep(max(0.0, self.args.db_down_seconds - (stopped_at - soak.outage_from)))
        self.start()

    def start(self):
        soak, log = self.soak, self.soak.outage_log
        code, output = shell(self.args.db_start_command, timeout=120)
        log.append(f"{soak.elapsed():6.1f} s  start: exit {code} {output[:200]}")
        for _ in range(240):
            if shell(self.args.db_ready_command, timeout=10)[0] == 0:
                soak.outage_until = time.monotonic()
                self.stopped = False
                log.append(f"{soak.elapsed():6.1f} s  ready")
                return
            time.sleep(0.5)
        log.append(f"{soak.elapsed():6.1f} s  NOT READY after 120 s")

    def finish(self):
        """Called in every case at the end of the run: start the database if it may still be stopped."""
        self.cancel.set()
        self.thread.join(timeout=self.args.db_down_seconds + 180)
        if self.stopped:
            self.start()


# The run ------------------------------------------------------------------------------------------------------


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000/en/scan/", help="the scan page's URL")
    parser.add_argument("-c", "--concurrency", type=int, default=50, help="concurrent companies (default 50)")
    parser.add_argument("--seconds", type=float, default=60, help="how long companies keep starting (default 60)")
    parser.add_argument("--seed", type=int, default=2030)
    parser.add_argument("--languages", default="", help="e.g. en,nl (default: every language of the scan)")
    parser.add_argument("--back", type=float, default=0.08, help="chance per step to go back a step")
    parser.add_argument("--leave", type=float, default=0.04, help="chance per step to leave and come back")
    parser.add_argument("--abandon", type=float, default=0.02, help="chance per step to abandon the scan")
    parser.add_argument("--away-min", type=float, default=1, help="shortest absence, seconds")
    parser.add_argument("--away-max", type=float, default=6, help="longest absence, seconds")
    parser.add_argument("--think", type=float, default=0, help="mean pause before each step, seconds (default 0)")
    parser.add_argument("--retry-pause", type=float, default=0.5, help="pause before repeating a request got 503")
    parser.add_argument("--retry-for", type=float, default=90, help="give up on a request still 503 after this")
    parser.add_argument("--db-restart-at", type=float, help="stop the database this many seconds into the run")
    parser.add_argument("--db-down-seconds", type=float, default=4, help="how long it stays stopped (default 4)")
    parser.add_argument("--grace", type=float, default=5, help="503s still expected this long after it is ready")
    parser.add_argument("--db-stop-command", default=os.environ.get("SOAK_DB_STOP_COMMAND", DEFAULT_STOP))
    parser.add_argument("--db-start-command", default=os.environ.get("SOAK_DB_START_COMMAND", DEFAULT_START))
    parser.add_argument("--db-ready-command", default=os.environ.get("SOAK_DB_READY_COMMAND", DEFAULT_READY))
    parser.add_argument("--no-db-check", action="store_true", help="skip the comparison with the database")
    return parser.parse_args()


def discover(url):
    """The scan's address in each of its languages (from the first step's hreflang alternates)."""
    browser = Browser(timeout=30)
    for _ in range(3):
        reply = browser.request(url)
        if reply.status == 200:
            return scan_urls(reply.html, url)
        if reply.status != 302:
            raise SystemExit(f"{url} answered {reply.status}: is the server running?")
        url = reply.location
    raise SystemExit(f"{url}: too many redirects")


def main():
    args = parse_args()
    urls = discover(args.url)
    if args.languages:
        urls = {language: url for language, url in urls.items() if language in args.languages.split(",")}
    languages = sorted(urls)
    expected_texts = translated_texts(languages)
    soak = Soak(args)
    soak.expected_texts = expected_texts
    since = datetime.now(UTC) - timedelta(seconds=1)
    outage = Outage(soak) if soak.restart else None

    def worker(index):
        while time.monotonic() < soak.deadline:
            number = next(soak.numbers)
            rng = random.Random(args.seed * 1_000_003 + number)
            language = rng.choice(languages)
            company = Company(soak, number, language, urls[language], rng)
            with soak.lock:
                soak.records.append(company.record)
            try:
                company.run()
            except CompanyFailed as error:
                soak.error(f"company {number} ({language}): {error}")
            except Exception as error:  # noqa: BLE001 -- counted and reported like every failure
                soak.error(f"company {number} ({language}): {type(error).__name__}: {error}")

    print(f"Soak: {args.concurrency} companies for {args.seconds:.0f} s against {args.url}; languages {languages}")
    print(f"Company names start with {soak.prefix!r}")
    try:
        if outage:
            outage.thread.start()
        with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
            list(pool.map(worker, range(args.concurrency)))
    finally:
        if outage:
            outage.finish()
    elapsed = soak.elapsed()
    until = datetime.now(UTC) + timedelta(seconds=1)

    failures = list(soak.errors)
    requests = sum(soak.statuses.values())
    records = soak.records
    print(f"\nRequests: {requests} in {elapsed:.1f} s = {requests / elapsed:.1f} requests/s")
    print(
        f"Companies: {len(records)} started, {sum(record.submitted for record in records)} submitted, "
        f"{sum(1 for record in records if record.token and not record.submitted)} drafts left"
    )
    print("Responses by status: " + ", ".join(f"{status}: {count}" for status, count in sorted(soak.statuses.items())))
    print("Events: " + "; ".join(f"{name}: {count}" for name, count in sorted(soak.events.items())))
    if soak.failed_steps:
        print("5xx by step: " + "; ".join(f"{name}: {count}" for name, count in sorted(soak.failed_steps.items())))
    server_errors = {status: count for status, count in soak.statuses.items() if status >= 500 or status == 0}
    if soak.restart:
        for line in soak.outage_log:
            print(f"Outage: {line}")
        if soak.outage_until is None:
            failures.append("the database did not come back")
        else:
            print(f"Outage: database unavailable for {soak.outage_until - soak.outage_from:.1f} s")
        answered_503 = soak.events["503 page during the outage"]
        print(
            f"Outage: {answered_503} responses were the translated 503 page; other 5xx: "
            f"{sum(count for status, count in server_errors.items() if status != 503)}"
        )
        if not answered_503:
            failures.append("no request met the outage")
        if any(status != 503 for status in server_errors):
            failures.append(f"5xx other than 503: {server_errors}")
    elif server_errors:
        failures.append(f"5xx responses: {server_errors}")
    print_timings(soak.timings)

    if not args.no_db_check:
        orphans = soak.events["consents answered 503"] if soak.restart else 0
        problems, notes, counts = check_database(records, soak.prefix, since, until, orphans_allowed=orphans)
        print(
            f"\nDatabase: {counts['drafts found']} drafts and {counts['submitted found']} submitted responses in the "
            f"run's scope; the companies created {counts['drafts expected']} drafts and "
            f"{counts['submitted expected']} submitted responses"
        )
        for note in notes:
            print(f"Database: {note}")
        print(f"Database check: {'OK' if not problems else f'{len(problems)} problem(s)'}")
        failures += [f"database: {problem}" for problem in problems]
    for failure in failures[:25]:
        print("FAIL", failure)
    if len(failures) > 25:
        print(f"... and {len(failures) - 25} more")
    print(f"\nResult: {'PASS' if not failures else 'FAIL'}")
    sys.exit(0 if not failures else 1)


if __name__ == "__main__":
    main()
