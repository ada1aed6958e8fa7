"""Sending the site's e-mails: one place that renders them in a language and survives a failing mail server.

Callers save what the visitor sent before they mail. ``deliver`` sends at once; a mail the server does not take is
queued (``home.models.OutgoingMail``, in the caller's transaction, so it is kept exactly when the record is) and
a background worker (``manage.py send_queued_mail --loop``, which calls ``send_queued``) sends it again later, with
a growing delay, until ``MAIL_MAX_ATTEMPTS`` attempts have failed.

Logs name the mail by the ``about`` description of its record (an id, never an address or a name) and by its id in
the queue; errors are logged by their kind only, since their text may hold addresses.

A queued mail is replaced by a newer one about the same record to the same recipients: sending the confirmation
again (say, the workshops e-mail to those not told yet) or sending the newer news (a place came free) drops the
older one still waiting, so nobody gets the same mail twice, nor stale news after fresh news.
"""

import datetime
import logging
import smtplib
import socket

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import DatabaseError, transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

logger = logging.getLogger(__name__)

# Errors that say the mail server cannot be reached at all: a pass of the queue stops at the first one, rather than
# spend an attempt of every waiting mail on a server that is down.
SERVER_UNREACHABLE = (
    ConnectionError,
    TimeoutError,
    socket.gaierror,
    smtplib.SMTPConnectError,
    smtplib.SMTPServerDisconnected,
)


def render_message(*, language, subject, template, context, to, reply_to=None):
    """An EmailMessage whose subject (a lazy or callable string) and body are rendered in ``language``."""
    with translation.override(language or None):
        subject_text = str(subject(context) if callable(subject) else subject)
        body = render_to_string(template, context)
    return EmailMessage(subject=" ".join(subject_text.split()), body=body, to=to, reply_to=reply_to)


# Settings.


def max_attempts():
    return max(1, int(getattr(settings, "MAIL_MAX_ATTEMPTS", 12)))


def retry_delay(attempts):
    """How long to wait after the ``attempts``-th failed attempt: MAIL_RETRY_DELAY seconds (60), doubling after
    each attempt, at most MAIL_RETRY_MAX_DELAY seconds (6 hours)."""
    first = float(getattr(settings, "MAIL_RETRY_DELAY", 60))
    longest = float(getattr(settings, "MAIL_RETRY_MAX_DELAY", 6 * 60 * 60))
    return datetime.timedelta(seconds=min(first * 2 ** min(max(attempts - 1, 0), 32), longest))


def keep_days():
    return float(getattr(settings, "MAIL_QUEUE_KEEP_DAYS", 14))


def error_kind(error):
    """The class of ``error`` (and an SMTP reply code): what may be logged of it, never its text."""
    kind = type(error).__name__
    code = getattr(error, "smtp_code", None)
    return f"{kind} {code}" if isinstance(code, int) else kind


# Sending now, or queueing.


def deliver(message, *, about, queue=True):
    """Send ``message`` and return the number of mails sent; if the mail server fails, queue the mail to be sent
    again later, log it (``about`` names the record, without personal data) and return 0.

    ``queue=False`` is for callers that keep track of who was told and offer to send again themselves: the failed
    mail is only logged.
    """
    if not message.to:
        logger.warning("No recipient for the e-mail about %s", about)
        return 0
    try:
        sent = message.send()
    except Exception as error:
        if not queue:
            logger.error("Could not send the e-mail about %s (%s)", about, error_kind(error))
            return 0
        queued = enqueue(message, about=about, error=error)
        if queued is None:
            logger.error("Could not send the e-mail about %s (%s); it could not be queued", about, error_kind(error))
        elif queued.next_attempt_at is None:
            logger.error(
                "Could not send the e-mail about %s (%s); given up as mail %s", about, error_kind(error), queued.pk
            )
        else:
            logger.error(
                "Could not send the e-mail about %s (%s); queued as mail %s, to be sent again after %s",
                about,
                error_kind(error),
                queued.pk,
                queued.next_attempt_at.isoformat(timespec="seconds"),
            )
        return 0
    logger.info("E-mail sent about %s", about)
    if sent:
        drop_replaced(message, about=about)
    return sent


def about_field(about):
    from home.models import OutgoingMail

    return str(about)[: OutgoingMail._meta.get_field("about").max_length]


def waiting_for(message, about):
    """Queued mails still waiting that ``message`` (about ``about``) replaces: same record, same recipients."""
    from home.models import OutgoingMail

    about = about_field(about)
    recipients = sorted(message.recipients())
    waiting = OutgoingMail.objects.filter(about=about, status=OutgoingMail.Status.PENDING).only("to", "cc", "bcc")
    return [mail.pk for mail in waiting if sorted(mail.recipients) == recipients]


def drop_replaced(message, *, about):
    from home.models import OutgoingMail

    try:
        with transaction.atomic():
            replaced = waiting_for(message, about)
            if replaced:
                OutgoingMail.objects.filter(pk__in=replaced, status=OutgoingMail.Status.PENDING).delete()
    except DatabaseError as error:
        logger.error("Could not look for queued e-mails about %s (%s)", about, error_kind(error))
        return
    for pk in replaced:
        logger.info("Queued mail %s about %s is dropped: a newer e-mail about it was sent", pk, about)


def drop_queued(about):
    """Forget the mails about ``about`` still waiting to be sent (say, the confirmation of a registration that is
    cancelled since); returns how many."""
    from home.models import OutgoingMail

    dropped, _ = OutgoingMail.objects.filter(about=about_field(about), status=OutgoingMail.Status.PENDING).delete()
    if dropped:
        logger.info("%s queued mails about %s dropped", dropped, about)
    return dropped


def enqueue(message, *, about, error, now=None):
    """Save ``message`` to be sent again (its first attempt failed with ``error``), in a savepoint of the caller's
    transaction; the queued mail, or None if it could not be saved."""
    from home.models import OutgoingMail

    now = now or timezone.now()
    try:
        mail = OutgoingMail.from_message(
            message,
            about=about_field(about),
            created_at=now,
            attempts=1,
            last_attempt_at=now,
            next_attempt_at=now + retry_delay(1),
            last_error=error_kind(error)[:200],
        )
        if max_attempts() <= 1:
            mail.status, mail.next_attempt_at = OutgoingMail.Status.FAILED, None
        with transaction.atomic():
            replaced = waiting_for(message, about)
            OutgoingMail.objects.filter(pk__in=replaced).delete()
            mail.save()
    except Exception as problem:
        logger.error("Could not queue the e-mail about %s (%s)", about, error_kind(problem))
        return None
    for pk in replaced:
        logger.info("Queued mail %s about %s is replaced by queued mail %s", pk, about, mail.pk)
    return mail


# The background worker's pass.


def claim_next(now):
    """The next queued mail that is due, with its attempt counted and its next attempt set: no other worker takes
    it, even on a database without row locks (the update only counts if nobody changed the mail in between)."""
    from home.models import OutgoingMail

    for _ in range(10):
        with transaction.atomic():
            mail = (
                OutgoingMail.objects.select_for_update(skip_locked=True)
                .filter(status=OutgoingMail.Status.PENDING, next_attempt_at__lte=now)
                .order_by("next_attempt_at", "pk")
                .first()
            )
            if mail is None:
                return None
            attempts = mail.attempts + 1
            claimed = OutgoingMail.objects.filter(
                pk=mail.pk, status=OutgoingMail.Status.PENDING, attempts=mail.attempts
            ).update(attempts=F("attempts") + 1, last_attempt_at=now, next_attempt_at=now + retry_delay(attempts))
        if claimed:
            mail.attempts, mail.last_attempt_at, mail.next_attempt_at = attempts, now, now + retry_delay(attempts)
            return mail
    return None


def prune(now):
    """Forget mails sent or given up more than MAIL_QUEUE_KEEP_DAYS ago: the table holds addresses."""
    from home.models import OutgoingMail

    cutoff = now - datetime.timedelta(days=keep_days())
    old = Q(status=OutgoingMail.Status.SENT, sent_at__lt=cutoff) | Q(
        status=OutgoingMail.Status.FAILED, last_attempt_at__lt=cutoff
    )
    deleted, _ = OutgoingMail.objects.filter(old).delete()
    if deleted:
        logger.info("%s old queued mails forgotten", deleted)
    return deleted


def send_queued(now=None, limit=100, *, should_stop=None):
    """Send the queued mails that are due (at most ``limit``); returns ``{"sent", "failed", "given_up"}`` counts.

    A mail that fails again waits twice as long as before; after MAIL_MAX_ATTEMPTS attempts it is given up (and
    kept, marked so, for MAIL_QUEUE_KEEP_DAYS). The pass stops at the first error that says the mail server cannot
    be reached, and between mails when ``should_stop()`` says so.
    """
    from home.models import OutgoingMail

    now = now or timezone.now()
    counts = {"sent": 0, "failed": 0, "given_up": 0}
    prune(now)
    connection = get_connection()
    try:
        for _ in range(limit):
            if should_stop is not None and should_stop():
                break
            mail = claim_next(now)
            if mail is None:
                break
            try:
                open_connection(connection)
                mail.to_message(connection=connection).send()
            except Exception as error:
                kind = error_kind(error)[:200]
                if mail.attempts >= max_attempts():
                    OutgoingMail.objects.filter(pk=mail.pk).update(
                        status=OutgoingMail.Status.FAILED, next_attempt_at=None, last_error=kind
                    )
                    counts["given_up"] += 1
                    logger.error(
                        "Gave up queued mail %s about %s after %s attempts (%s)",
                        mail.pk,
                        mail.about,
                        mail.attempts,
                        kind,
                    )
                else:
                    OutgoingMail.objects.filter(pk=mail.pk).update(last_error=kind)
                    counts["failed"] += 1
                    logger.warning(
                        "Could not send queued mail %s about %s (%s, attempt %s of %s); next attempt after %s",
                        mail.pk,
                        mail.about,
                        kind,
                        mail.attempts,
                        max_attempts(),
                        mail.next_attempt_at.isoformat(timespec="seconds"),
                    )
                if isinstance(error, SERVER_UNREACHABLE):
                    break
                continue
            OutgoingMail.objects.filter(pk=mail.pk).update(
                status=OutgoingMail.Status.SENT, sent_at=now, next_attempt_at=None, last_error=""
            )
            counts["sent"] += 1
            logger.info("Queued mail %s about %s sent (attempt %s)", mail.pk, mail.about, mail.attempts)
    finally:
        close_connection(connection)
    return counts


def open_connection(connection):
    """Open the mail server's connection once for the whole pass (the backend keeps it open between mails)."""
    if callable(getattr(connection, "open", None)):
        connection.open()


def close_connection(connection):
    try:
        if callable(getattr(connection, "close", None)):
            connection.close()
    except Exception as error:
        logger.warning("Could not close the connection to the mail server (%s)", error_kind(error))
