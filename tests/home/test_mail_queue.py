"""The retry queue of e-mails: a mail the server refuses is kept (with its .ics) and sent again later by the
background worker, exactly once, with a growing delay, until it is given up; the logs name records, not people."""

import datetime
import logging
import signal
import threading
import time

import pytest
from django.core import mail
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend
from django.core.management import call_command
from django.db import DatabaseError, OperationalError, connection, transaction
from django.test import override_settings
from django.utils import timezone

from home import mail as outgoing
from home.mail import claim_next, deliver, send_queued
from home.management.commands import send_queued_mail
from home.models import Engagement, OutgoingMail, Registration, SiteSettings
from scan.models import ScanResponse
from tests.broken_mail import BROKEN_MAIL
from tests.home import test_registration_admin as admin
from tests.home.test_events import (  # noqa: F401 -- fixtures
    events_index,
    get_together,
    register_url,
    registration_data,
)
from tests.home.test_join import join_url, valid_data
from tests.scan.conftest import (  # noqa: F401 -- fixtures
    Wizard,
    results_token,
    scan_page,
)

pytestmark = pytest.mark.django_db

RECORDING_BROKEN_MAIL = "tests.home.test_mail_queue.RecordingBrokenBackend"
SLOW_MAIL = "tests.home.test_mail_queue.SlowBackend"
PERSONAL = ["an@groene-logistiek.example", "An Peeters", "an@example.be", "Groene Logistiek", "Stad Mechelen"]
MINUTE = datetime.timedelta(minutes=1)


class RecordingBrokenBackend:
    """A mail server that is down, keeping what it was given: the mails as first written."""

    refused = []

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        self.refused.extend(messages)
        raise ConnectionRefusedError("mail server down for an@example.be")


class SlowBackend(LocmemBackend):
    """The in-memory outbox, a little slow, as a real server is: two workers overlap."""

    def send_messages(self, messages):
        time.sleep(0.02)
        return super().send_messages(messages)


@pytest.fixture(autouse=True)
def fresh_records():
    RecordingBrokenBackend.refused = []


def later(minutes):
    return timezone.now() + datetime.timedelta(minutes=minutes)


def parts(message):
    """What a mail says, part by part (its headers but the date, id and boundaries), to compare two sendings."""
    mime = message.message()
    headers = {name: str(value) for name, value in mime.items() if name not in ("Date", "Message-ID")}
    headers.pop("Content-Type", None)
    contents = [
        (part.get_content_type(), part.get_filename(), part.get_payload(decode=True))
        for part in mime.walk()
        if not part.is_multipart()
    ]
    return headers, contents


def assert_same(sent, original):
    for name in ("subject", "body", "from_email", "to", "cc", "bcc", "reply_to", "extra_headers", "content_subtype"):
        assert getattr(sent, name) == getattr(original, name), name
    assert [tuple(attachment) for attachment in sent.attachments] == [
        tuple(attachment) for attachment in original.attachments
    ]
    assert parts(sent) == parts(original)


def assert_nothing_personal(text):
    for value in PERSONAL:
        assert value not in text
    assert "mail server down" not in text  # the error's text may hold addresses: its kind only is logged


# Each kind of mail, through the real views.


def test_a_join_is_saved_and_its_mails_queued_then_sent_once_as_written(client, site_tree, caplog):
    objective = site_tree.objectives[5]
    site_settings = SiteSettings.for_site(objective.get_site())
    site_settings.contact_email = "contact@alliance.example"
    site_settings.engagements_email = "engagements@alliance.example"
    site_settings.save()
    caplog.set_level(logging.DEBUG)
    with override_settings(EMAIL_BACKEND=RECORDING_BROKEN_MAIL):
        response = client.post(join_url(objective), valid_data(objective))
    assert response.status_code == 302
    engagement = Engagement.objects.get()
    queued = {queued.about: queued for queued in OutgoingMail.objects.all()}
    assert set(queued) == {
        f"engagement {engagement.pk} (confirmation)",
        f"engagement {engagement.pk} (editors' notice)",
    }
    confirmation = queued[f"engagement {engagement.pk} (confirmation)"]
    assert confirmation.to == ["an@groene-logistiek.example"]
    assert confirmation.reply_to == ["contact@alliance.example"]
    assert (confirmation.status, confirmation.attempts, confirmation.last_error) == (
        "pending",
        1,
        "ConnectionRefusedError",
    )
    assert f"Could not send the e-mail about engagement {engagement.pk} (confirmation)" in caplog.text
    assert f"queued as mail {confirmation.pk}" in caplog.text
    assert_nothing_personal(caplog.text)

    assert send_queued() == {"sent": 0, "failed": 0, "given_up": 0}  # not due yet: a minute later
    assert not mail.outbox
    assert send_queued(now=later(2))["sent"] == 2
    assert send_queued(now=later(600))["sent"] == 0
    assert len(mail.outbox) == 2
    originals = {tuple(message.to): message for message in RecordingBrokenBackend.refused}
    for sent in mail.outbox:
        assert_same(sent, originals[tuple(sent.to)])
    confirmation.refresh_from_db()
    assert confirmation.status == "sent" and confirmation.sent_at and confirmation.next_attempt_at is None
    assert_nothing_personal(caplog.text)


@override_settings(MAIL_RETRY_DELAY=0)
def test_a_registration_is_saved_and_its_confirmation_sent_later_with_its_ics(client, get_together, caplog):  # noqa: F811
    caplog.set_level(logging.DEBUG)
    with override_settings(EMAIL_BACKEND=RECORDING_BROKEN_MAIL):
        response = client.post(register_url(get_together), registration_data(get_together))
    assert response.status_code == 302
    registration = Registration.objects.get()
    queued = OutgoingMail.objects.get()
    assert queued.about == f"registration {registration.pk}"
    [attachment] = queued.attachments
    assert attachment["filename"] == f"{get_together.slug}.ics" and attachment["mimetype"] == "text/calendar"
    assert attachment["text"].startswith("BEGIN:VCALENDAR")
    assert_nothing_personal(caplog.text)

    call_command("send_queued_mail", verbosity=0)
    call_command("send_queued_mail", verbosity=0)
    [sent] = mail.outbox
    [original] = RecordingBrokenBackend.refused
    assert_same(sent, original)
    assert sent.to == ["an@example.be"] and sent.attachments[0][0] == f"{get_together.slug}.ics"
    assert OutgoingMail.objects.get().status == "sent"
    assert_nothing_personal(caplog.text)


@pytest.fixture
def submitted(client, scan_page):  # noqa: F811
    wizard = Wizard(client, scan_page)
    wizard.through_profile()
    wizard.post("site", {"sealed_share": "80"})
    wizard.post("nature", {"meadow": "none", "shelters": []})
    wizard.post("policy", {"plan": "no"})
    return ScanResponse.objects.get(token=results_token(wizard.post("check", {})))


def test_a_scan_results_link_and_contact_request_are_queued_then_sent(client, scan_page, submitted, caplog):  # noqa: F811
    site_settings = SiteSettings.for_site(scan_page.get_site())
    site_settings.advisors_email = "advisors@alliance.example"
    site_settings.save()
    results = f"{scan_page.url}results/{submitted.token}/"
    caplog.set_level(logging.DEBUG)
    with override_settings(EMAIL_BACKEND=BROKEN_MAIL):
        page = client.post(f"{results}email/", {"email": "an@example.be"}, follow=True)
        contact = {"email": "an@example.be", "name": "An Peeters", "consent": "on"}
        assert client.post(f"{results}contact/", contact).status_code == 302
    assert (
        "We could not send the e-mail just now; it will be sent as soon as our mail server answers."
        in page.content.decode()
    )
    assert set(OutgoingMail.objects.values_list("about", flat=True)) == {
        f"scan response {submitted.pk} (results link)",
        f"scan response {submitted.pk} (contact request)",
    }
    assert_nothing_personal(caplog.text)
    assert send_queued(now=later(2))["sent"] == 2
    request, link = sorted(mail.outbox, key=lambda message: message.to)
    assert link.to == ["an@example.be"] and f"results/{submitted.token}/" in link.body
    assert request.to == ["advisors@alliance.example"]
    assert send_queued(now=later(5))["sent"] == 0 and len(mail.outbox) == 2
    assert_nothing_personal(caplog.text)


# Not twice.


@pytest.fixture
def closed_event(events_index):  # noqa: F811
    return admin.add_event(
        events_index,
        "Closed get-together",
        admin.at(30),
        registration_required=True,
        registration_opens_at=admin.at(-20),
        registration_closes_at=admin.at(-1),
        capacity=25,
        workshops_per_person=2,
    )


def test_workshop_mails_are_not_queued_the_editor_sends_them_to_those_not_told(client, django_user_model, closed_event):
    """The allocation page knows who was told (and offers "e-mail those not told yet"): queueing its mails too would
    tell people twice."""
    people = [admin.register(closed_event, f"Person {index:02}") for index in range(3)]
    client.force_login(admin.make_user(django_user_model, "editor", "Editors"))
    admin.run(client, closed_event)
    with override_settings(EMAIL_BACKEND=BROKEN_MAIL):
        admin.email(client, closed_event)
    assert not OutgoingMail.objects.exists()
    admin.email(client, closed_event, only="not_told")  # the editor tries again once the server is back
    assert len(mail.outbox) == 3
    assert not OutgoingMail.objects.exists()
    assert send_queued(now=later(60)) == {"sent": 0, "failed": 0, "given_up": 0}
    assert sorted(message.to[0] for message in mail.outbox) == sorted(person.email for person in people)


def message(to=("an@example.be",), subject="Hello"):
    return EmailMessage(subject=subject, body="Body", to=list(to))


def test_a_newer_mail_about_the_same_record_to_the_same_people_replaces_the_waiting_one():
    with override_settings(EMAIL_BACKEND=BROKEN_MAIL):
        deliver(message(subject="On the waiting list"), about="registration 7")
        deliver(message(subject="On the waiting list"), about="registration 7")
        deliver(message(to=["other@example.be"]), about="registration 7")
        deliver(message(), about="registration 8")
    assert sorted(OutgoingMail.objects.values_list("about", "to")) == [
        ("registration 7", ["an@example.be"]),
        ("registration 7", ["other@example.be"]),
        ("registration 8", ["an@example.be"]),
    ]
    assert deliver(message(subject="A place came free"), about="registration 7") == 1
    assert sorted(OutgoingMail.objects.values_list("about", "to")) == [
        ("registration 7", ["other@example.be"]),
        ("registration 8", ["an@example.be"]),
    ]
    send_queued(now=later(2))
    assert [message.subject for message in mail.outbox] == ["A place came free", "Hello", "Hello"]


def test_a_mail_claimed_by_one_pass_is_not_taken_by_another():
    with override_settings(EMAIL_BACKEND=BROKEN_MAIL):
        deliver(message(), about="registration 1")
    now = later(2)
    assert claim_next(now) is not None
    assert claim_next(now) is None  # its next attempt is set: the other worker finds nothing due
    assert send_queued(now=now)["sent"] == 0 and not mail.outbox


@pytest.mark.django_db(transaction=True)
def test_two_workers_at_once_send_each_mail_once():
    if connection.vendor != "postgresql":
        pytest.skip("row locks (SKIP LOCKED) need PostgreSQL; SQLite runs one writer at a time")
    with override_settings(EMAIL_BACKEND=BROKEN_MAIL):
        for number in range(12):
            deliver(message(subject=f"Mail {number}"), about=f"registration {number}")
    results, errors = [], []

    def worker():
        try:
            results.append(send_queued(now=later(2)))
        except Exception as error:  # pragma: no cover - shown by the assertion below
            errors.append(error)
        finally:
            connection.close()

    with override_settings(EMAIL_BACKEND=SLOW_MAIL):
        threads = [threading.Thread(target=worker) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert not errors
    assert sum(result["sent"] for result in results) == 12
    assert sorted(message.subject for message in mail.outbox) == sorted(f"Mail {number}" for number in range(12))
    assert OutgoingMail.objects.filter(status="sent", attempts=2).count() == 12


# Backoff, giving up, forgetting.


@override_settings(MAIL_MAX_ATTEMPTS=5, MAIL_RETRY_DELAY=60, MAIL_RETRY_MAX_DELAY=300)
def test_each_failure_doubles_the_wait_up_to_the_longest_then_the_mail_is_given_up(caplog):
    caplog.set_level(logging.DEBUG)
    with override_settings(EMAIL_BACKEND=BROKEN_MAIL):
        deliver(message(), about="engagement 3 (decision)")
        queued = OutgoingMail.objects.get()
        waits = [queued.next_attempt_at - queued.last_attempt_at]
        for _ in range(3):
            assert send_queued(now=queued.next_attempt_at - datetime.timedelta(seconds=1))["failed"] == 0  # not due
            assert send_queued(now=queued.next_attempt_at)["failed"] == 1
            queued.refresh_from_db()
            waits.append(queued.next_attempt_at - queued.last_attempt_at)
        assert waits == [MINUTE, 2 * MINUTE, 4 * MINUTE, 5 * MINUTE]
        assert queued.attempts == 4 and queued.status == "pending"
        assert send_queued(now=queued.next_attempt_at)["given_up"] == 1
        queued.refresh_from_db()
        assert (queued.status, queued.attempts, queued.next_attempt_at) == ("failed", 5, None)
        assert queued.last_error == "ConnectionRefusedError"
        assert send_queued(now=later(24 * 60)) == {"sent": 0, "failed": 0, "given_up": 0}
    assert f"Gave up queued mail {queued.pk} about engagement 3 (decision) after 5 attempts" in caplog.text
    assert_nothing_personal(caplog.text)
    assert not mail.outbox


@override_settings(MAIL_MAX_ATTEMPTS=1)
def test_with_a_single_attempt_a_failed_mail_is_kept_as_given_up(caplog):
    with override_settings(EMAIL_BACKEND=BROKEN_MAIL):
        assert deliver(message(), about="registration 1") == 0
    queued = OutgoingMail.objects.get()
    assert (queued.status, queued.next_attempt_at) == ("failed", None)
    assert f"given up as mail {queued.pk}" in caplog.text
    assert send_queued(now=later(60))["sent"] == 0 and not mail.outbox


def test_a_pass_stops_at_a_server_that_cannot_be_reached():
    with override_settings(EMAIL_BACKEND=BROKEN_MAIL):
        for number in range(3):
            deliver(message(subject=f"Mail {number}"), about=f"registration {number}")
        assert send_queued(now=later(2)) == {"sent": 0, "failed": 1, "given_up": 0}
    assert sorted(OutgoingMail.objects.values_list("attempts", flat=True)) == [1, 1, 2]


def test_a_mail_that_cannot_be_written_again_does_not_stop_the_others(monkeypatch):
    with override_settings(EMAIL_BACKEND=BROKEN_MAIL):
        deliver(message(subject="Broken"), about="registration 1")
        deliver(message(subject="Fine"), about="registration 2")
    OutgoingMail.objects.filter(about="registration 1").update(attachments=[{"filename": "x.ics"}])
    assert send_queued(now=later(2)) == {"sent": 1, "failed": 1, "given_up": 0}
    assert [message.subject for message in mail.outbox] == ["Fine"]
    assert OutgoingMail.objects.get(about="registration 1").last_error == "KeyError"


@override_settings(MAIL_QUEUE_KEEP_DAYS=7)
def test_sent_and_given_up_mails_are_forgotten_after_a_while():
    with override_settings(EMAIL_BACKEND=BROKEN_MAIL):
        for number in range(3):
            deliver(message(subject=f"Mail {number}"), about=f"registration {number}")
    now = timezone.now()
    OutgoingMail.objects.filter(about="registration 0").update(status="sent", sent_at=now - datetime.timedelta(days=8))
    OutgoingMail.objects.filter(about="registration 1").update(
        status="failed", next_attempt_at=None, last_attempt_at=now - datetime.timedelta(days=8)
    )
    OutgoingMail.objects.filter(about="registration 2").update(next_attempt_at=now + datetime.timedelta(days=1))
    send_queued(now=now)
    assert list(OutgoingMail.objects.values_list("about", flat=True)) == ["registration 2"]


# The queue and the caller's transaction.


def test_a_queued_mail_goes_with_the_record_when_the_transaction_is_rolled_back():
    with override_settings(EMAIL_BACKEND=BROKEN_MAIL), pytest.raises(RuntimeError), transaction.atomic():
        deliver(message(), about="registration 1")
        assert OutgoingMail.objects.count() == 1
        raise RuntimeError("the record is not saved either")
    assert not OutgoingMail.objects.exists()


def test_a_queue_that_fails_leaves_the_callers_transaction_usable(monkeypatch, caplog):
    def broken_save(self, *args, **kwargs):
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM no_such_table_of_mails")

    monkeypatch.setattr(OutgoingMail, "save", broken_save)
    caplog.set_level(logging.DEBUG)
    with override_settings(EMAIL_BACKEND=BROKEN_MAIL), transaction.atomic():
        assert deliver(message(), about="registration 1") == 0
        assert Registration.objects.count() == 0  # the transaction still works
    assert "Could not queue the e-mail about registration 1 (" in caplog.text
    assert "Could not send the e-mail about registration 1 (ConnectionRefusedError); it could not be queued" in (
        caplog.text
    )
    assert_nothing_personal(caplog.text)


def test_html_parts_binary_attachments_and_headers_come_back_the_same():
    original = EmailMultiAlternatives(
        subject="Programme",
        body="Plain text",
        from_email="Alliance <events@alliance.example>",
        to=["an@example.be"],
        cc=["co@example.be"],
        bcc=["archive@alliance.example"],
        reply_to=["contact@alliance.example"],
        headers={"X-Event": "42"},
    )
    original.attach_alternative("<p>Programme</p>", "text/html")
    original.attach("map.png", b"\x89PNG\r\n\x1a\n\x00\xff", "image/png")
    original.attach("programme.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")
    with override_settings(EMAIL_BACKEND=BROKEN_MAIL):
        deliver(original, about="event 42")
    send_queued(now=later(2))
    [sent] = mail.outbox
    assert_same(sent, original)
    assert sent.alternatives == original.alternatives
    assert sent.recipients() == ["an@example.be", "co@example.be", "archive@alliance.example"]


def test_callers_may_send_without_the_queue_or_forget_what_waits(caplog):
    with override_settings(EMAIL_BACKEND=BROKEN_MAIL):
        assert deliver(message(), about="workshops of registration 1", queue=False) == 0
        deliver(message(), about="registration 2")
        deliver(message(to=["other@example.be"]), about="registration 2")
        deliver(message(), about="registration 3")
    assert "Could not send the e-mail about workshops of registration 1 (ConnectionRefusedError)" in caplog.text
    assert outgoing.drop_queued("registration 2") == 2
    assert list(OutgoingMail.objects.values_list("about", flat=True)) == ["registration 3"]


def test_a_mail_without_recipient_is_neither_sent_nor_queued(caplog):
    with override_settings(EMAIL_BACKEND=BROKEN_MAIL):
        assert deliver(message(to=[]), about="registration 1") == 0
    assert not OutgoingMail.objects.exists()
    assert "No recipient for the e-mail about registration 1" in caplog.text


# The worker.


def test_the_command_sends_one_pass_and_says_what_it_did(capsys):
    with override_settings(EMAIL_BACKEND=BROKEN_MAIL, MAIL_RETRY_DELAY=0):
        deliver(message(), about="registration 1")
    call_command("send_queued_mail")
    assert "Queued mails: 1 sent, 0 failed again, 0 given up" in capsys.readouterr().out
    call_command("send_queued_mail")
    assert "Queued mails: 0 sent" in capsys.readouterr().out
    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True)  # the worker really closes its database connections
def test_the_worker_outlives_a_database_restart_and_stops_on_sigterm(monkeypatch, caplog):
    with override_settings(EMAIL_BACKEND=BROKEN_MAIL, MAIL_RETRY_DELAY=0):
        deliver(message(), about="registration 1")
    calls = []
    before = signal.getsignal(signal.SIGTERM)

    def flaky_send_queued(**kwargs):
        calls.append(kwargs)
        if len(calls) == 1:
            raise OperationalError("server closed the connection unexpectedly")
        counts = send_queued(**kwargs)
        signal.getsignal(signal.SIGTERM)(signal.SIGTERM, None)  # systemd stops the worker
        return counts

    monkeypatch.setattr(send_queued_mail, "send_queued", flaky_send_queued)
    caplog.set_level(logging.INFO)
    call_command("send_queued_mail", "--loop", "--interval", "0")
    assert len(calls) == 2
    assert OutgoingMail.objects.get().status == "sent"
    assert len(mail.outbox) == 1
    assert "The database is unavailable (OperationalError)" in caplog.text
    assert "server closed the connection" not in caplog.text
    assert "The mail queue worker has stopped" in caplog.text
    assert signal.getsignal(signal.SIGTERM) == before


@pytest.mark.django_db(transaction=True)
def test_the_worker_keeps_running_after_an_unexpected_error(monkeypatch, caplog):
    calls = []

    def failing_send_queued(**kwargs):
        calls.append(kwargs)
        if len(calls) == 2:
            signal.getsignal(signal.SIGTERM)(signal.SIGTERM, None)
        raise ValueError("an@example.be")

    monkeypatch.setattr(send_queued_mail, "send_queued", failing_send_queued)
    call_command("send_queued_mail", "--loop", "--interval", "0")
    assert len(calls) == 2
    assert "A pass of the mail queue failed (ValueError)" in caplog.text
    assert "an@example.be" not in caplog.text


def test_the_error_kind_keeps_the_smtp_code_but_not_the_text():
    import smtplib

    assert outgoing.error_kind(smtplib.SMTPDataError(451, b"an@example.be greylisted")) == "SMTPDataError 451"
    assert outgoing.error_kind(DatabaseError("an@example.be")) == "DatabaseError"
