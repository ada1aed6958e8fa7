"""Walk N scans with every request sent alternately to one of two app servers sharing the database and Redis.

    .venv/bin/python bench/two_servers.py --start --ports 8001,8002 -n 20 -c 4
    .venv/bin/python bench/two_servers.py --urls http://127.0.0.1:8001/en/scan/ http://127.0.0.1:8002/en/scan/

With --start the script starts two gunicorn instances itself (cms.wsgi, --workers each, in the environment it is
run with: DJANGO_SETTINGS_MODULE defaults to cms.settings.production, so set DATABASE_URL, REDIS_URL, SECRET_KEY,
ALLOWED_HOSTS and the rest as in the README's benchmark recipe) and stops them at the end; with --urls it uses two
running servers. Each simulated company has one cookie jar and sends its requests to the servers in turn: it gives
consent on one, reads its resume link on the other, fills in its profile, answers every step with random valid
answers (going back once on the way), submits and opens its results. A company never lands twice in a row on the
same server, so every step depends on state the other server wrote (the session in the database, the draft).

At the end the script reads the database (DATABASE_URL, through the project's settings) and checks that every scan
was submitted exactly once with the answers its company sent and the scores of those answers; prints the result and
exits non-zero on any failure.
"""

import argparse
import os
import random
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scan_client import (  # noqa: E402
    INTRO,
    PROFILE_ANSWERS,
    PROJECT_DIR,
    RESULTS_LINK,
    RESUME_LINK,
    Browser,
    ScanRecord,
    check_database,
    fill_step,
    hidden_fields,
    language_of,
    on_server,
    previous_step,
    print_timings,
    step_of,
)


class Failed(Exception):
    pass


class Company:
    """One company with one cookie jar; its requests go to the servers in turn."""

    def __init__(self, servers, number, prefix, timings, hits, rng):
        self.servers, self.hits, self.rng = servers, hits, rng
        self.browser = Browser(timings, timeout=60)
        self.turn = number % len(servers)
        self.profile = {
            **PROFILE_ANSWERS,
            "company_name": f"{prefix}{number}",
            "contact_email": f"two-servers{number}@example.org",
            "outdoor_area": rng.choice(["0", "6000"]),
            "sells_food": rng.choice(["yes", "no"]),
        }
        self.record = ScanRecord(number, "", self.profile["company_name"], self.profile)

    def request(self, url, data=None, label=None):
        server = self.servers[self.turn]
        self.turn = (self.turn + 1) % len(self.servers)
        reply = self.browser.request(on_server(url, server), data, label or step_of(url))
        self.hits[urlsplit(server).netloc] += 1
        if reply.status >= 400 or reply.status == 0:
            raise Failed(f"{reply.status or reply.html} on {label or step_of(url)} at {urlsplit(server).netloc}")
        return reply

    def show(self, url, label=None):
        for _ in range(4):
            reply = self.request(url, label=label)
            if reply.status == 200:
                return reply.url, reply.html
            url, label = reply.location, None
        raise Failed(f"too many redirects from {url}")

    def run(self):
        scan_url = self.servers[0]
        url, html = self.show(scan_url, label="start")
        self.record.language = language_of(url)
        back_at = self.rng.randint(3, 6)  # after this many posts it goes back a step, once
        posts = 0
        while True:
            step = step_of(url)
            previous = previous_step(html)
            if posts == back_at and previous:
                data = {**hidden_fields(html, self.browser.csrf()), "wizard_goto_step": previous}
                reply = self.request(url, data, label="back (post)")
                if step_of(reply.location or "") != previous:
                    raise Failed(f"back from {step} went to {reply.location}")
                posts += 1
                url, html = self.show(reply.location)
                continue
            data, answers = fill_step(step, html, self.rng, self.browser.csrf(), self.profile)
            reply = self.request(url, data, label=f"{step} (post)")
            posts += 1
            if reply.status != 302 or not reply.location:
                raise Failed(f"step {step} was not accepted: {reply.status}")
            self.record.answers_by_step[step] = answers
            if step == INTRO and self.record.token is None:
                _url, save_html = self.show(f"{scan_url}save/", label="save for later")
                match = RESUME_LINK.search(save_html)
                if not match:
                    raise Failed("no resume link on the save-for-later page")
                self.record.token = match.group(1)
            if "/results/" in reply.location:
                match = RESULTS_LINK.search(reply.location)
                if not match or match.group(1) != self.record.token:
                    raise Failed("the results link does not carry the draft's token")
                self.record.submitted = True
                self.show(reply.location, label="results")
                return
            url, html = self.show(reply.location)


def start_servers(ports, workers, scan_path):
    """Start one gunicorn per port in this environment; returns (processes, scan URLs, log files)."""
    environment = {**os.environ}
    environment.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")
    processes, urls, logs = [], [], []
    for port in ports:
        log = tempfile.NamedTemporaryFile(prefix=f"two-servers-{port}-", suffix=".log", delete=False)  # noqa: SIM115
        command = [sys.executable, "-m", "gunicorn", "cms.wsgi:application"]
        command += ["--bind", f"127.0.0.1:{port}", "--workers", str(workers)]
        processes.append(
            subprocess.Popen(command, cwd=PROJECT_DIR, env=environment, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603
        )
        urls.append(f"http://127.0.0.1:{port}{scan_path}")
        logs.append(log.name)
    for process, url, log in zip(processes, urls, logs, strict=True):
        deadline = time.monotonic() + 90
        while True:
            if process.poll() is not None:
                raise SystemExit(f"gunicorn for {url} exited with {process.returncode}; see {log}")
            reply = Browser(timeout=10).request(url)
            if reply.status in (200, 302):
                break
            if time.monotonic() > deadline:
                raise SystemExit(f"{url} did not answer within 90 s ({reply.status}); see {log}")
            time.sleep(0.5)
    return processes, urls, logs


def stop_servers(processes):
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--urls", nargs=2, metavar="URL", help="the scan page's URL on each of two running servers")
    group.add_argument("--start", action="store_true", help="start two gunicorn instances (see --ports)")
    parser.add_argument("--ports", default="8001,8002", help="with --start: their ports (default 8001,8002)")
    parser.add_argument("--workers", type=int, default=2, help="with --start: workers each (default 2)")
    parser.add_argument("--path", default="/en/scan/", help="with --start: the scan page's path (default /en/scan/)")
    parser.add_argument("-n", "--scans", type=int, default=20, help="scans to complete (default 20)")
    parser.add_argument("-c", "--concurrency", type=int, default=4, help="concurrent companies (default 4)")
    parser.add_argument("--seed", type=int, default=2030)
    args = parser.parse_args()

    processes, logs = [], []
    if args.start:
        ports = [int(port) for port in args.ports.split(",")]
        if len(ports) != 2:
            raise SystemExit("--ports takes two ports")
        if not os.environ.get("REDIS_URL"):
            print("Note: REDIS_URL is not set: each server keeps its own cache.")
        processes, servers, logs = start_servers(ports, args.workers, args.path)
    else:
        servers = args.urls
    try:
        prefix = f"Two servers {datetime.now():%Y%m%d-%H%M%S}-{secrets.token_hex(2)} #"
        timings, hits, lock = defaultdict(list), Counter(), threading.Lock()
        records, errors = [], []

        def one(number):
            company = Company(servers, number, prefix, timings, hits, random.Random(args.seed * 1_000_003 + number))
            with lock:
                records.append(company.record)
            try:
                company.run()
            except Exception as error:  # noqa: BLE001 -- every failure is counted and reported
                errors.append(f"company {number}: {error}")

        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
            list(pool.map(one, range(1, args.scans + 1)))
        elapsed = time.perf_counter() - started
    finally:
        stop_servers(processes)

    submitted = sum(record.submitted for record in records)
    print(f"Scans: {args.scans} with {args.concurrency} concurrent companies, requests alternating between")
    for server in servers:
        print(f"  {server}: {hits[urlsplit(server).netloc]} requests")
    print(f"Completed: {submitted} of {args.scans} in {elapsed:.1f} s; errors: {len(errors)}")
    print_timings(timings)
    problems, _notes, counts = check_database(records, prefix)
    print(
        f"\nDatabase: {counts['submitted found']} submitted responses and {counts['drafts found']} drafts of this run "
        f"(expected {args.scans} and 0); answers and scores as sent: {'yes' if not problems else 'NO'}"
    )
    failures = errors + problems
    if submitted != args.scans or counts["submitted found"] != args.scans or counts["drafts found"]:
        failures.append("not every scan was submitted exactly once")
    for failure in failures[:20]:
        print("FAIL", failure)
    if failures and logs:
        print("Server logs: " + ", ".join(logs))
    elif logs:
        for log in logs:
            os.unlink(log)
    print(f"\nResult: {'PASS' if not failures else 'FAIL'}")
    sys.exit(0 if not failures else 1)


if __name__ == "__main__":
    main()
