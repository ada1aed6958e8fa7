"""``manage.py send_queued_mail``: send the e-mails queued while the mail server was unavailable.

One pass by default (for a cron job). With ``--loop`` it is the background worker: a pass every ``--interval``
seconds until SIGTERM or SIGINT, which end it between two mails. It outlives a database restart: a lost connection
is logged, closed and tried again at the next pass. Logs name mails by their id and record, never by address.
"""

import logging
import signal
import threading

from django.core.management.base import BaseCommand, CommandError
from django.db import InterfaceError, OperationalError, close_old_connections, connections

from home.mail import error_kind, send_queued

logger = logging.getLogger(__name__)


def close_all_connections():
    """Drop the database connections, broken ones included; the next query opens a fresh one."""
    for connection in connections.all(initialized_only=True):
        try:
            connection.close()
        except Exception as error:
            logger.warning("Could not close the database connection (%s)", error_kind(error))


def summary(counts):
    return "Queued mails: {sent} sent, {failed} failed again, {given_up} given up".format(**counts)


class Command(BaseCommand):
    help = "Send the queued e-mails that are due: one pass, or with --loop keep running as the background worker."

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="Keep running: a pass every --interval seconds.")
        parser.add_argument(
            "--interval", type=float, default=60.0, help="Seconds between two passes with --loop (default: 60)."
        )
        parser.add_argument("--limit", type=int, default=100, help="At most this many mails a pass (default: 100).")

    def handle(self, *args, loop=False, interval=60.0, limit=100, **options):
        if interval < 0 or limit < 1:
            raise CommandError("--interval must be 0 or more and --limit 1 or more.")
        if not loop:
            counts = send_queued(limit=limit)
            if options["verbosity"] >= 1:
                self.stdout.write(summary(counts))
            return
        stop = threading.Event()
        previous = {}

        def ask_to_stop(signum, frame):
            logger.info("The mail queue worker stops (signal %s)", signum)
            stop.set()

        for signum in (signal.SIGTERM, signal.SIGINT):
            previous[signum] = signal.signal(signum, ask_to_stop)
        logger.info("The mail queue worker starts: a pass every %s seconds", interval)
        try:
            while not stop.is_set():
                self.one_pass(limit, stop)
                stop.wait(interval)
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
            close_all_connections()
        logger.info("The mail queue worker has stopped")

    def one_pass(self, limit, stop):
        # Like a request: connections past their CONN_MAX_AGE or left unusable are closed before the work.
        close_old_connections()
        try:
            counts = send_queued(limit=limit, should_stop=stop.is_set)
            if any(counts.values()):
                logger.info(summary(counts))
        except (OperationalError, InterfaceError) as error:
            logger.warning(
                "The database is unavailable (%s); the mail queue waits for the next pass", error_kind(error)
            )
            close_all_connections()
        except Exception as error:
            # The worker keeps running; the error's text may hold addresses, so only its kind is logged.
            logger.error("A pass of the mail queue failed (%s)", error_kind(error))
            close_all_connections()
        finally:
            close_old_connections()
