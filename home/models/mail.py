"""E-mails waiting for the mail server: what is needed to send the very same message again, and its attempts.

A mail lands here only when sending it failed (``home.mail.deliver``); a background worker sends it again later
(``manage.py send_queued_mail``). ``about`` names the record the mail is about, without personal data, for the
logs; the addresses and the text stay in this table and are never logged. Sent and given-up mails are deleted after
``MAIL_QUEUE_KEEP_DAYS``.
"""

import base64

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def pack(content):
    """A text or binary attachment (or alternative) as JSON, so that it comes back as the same type."""
    if isinstance(content, str):
        return {"text": content}
    return {"base64": base64.b64encode(bytes(content)).decode("ascii")}


def unpack(packed):
    if "text" in packed:
        return packed["text"]
    return base64.b64decode(packed["base64"])


class OutgoingMail(models.Model):
    # Queued mails never show on a public page: saving one does not purge the page cache (cms/page_cache.py).
    shown_on_public_pages = False

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Given up")

    about = models.CharField(
        _("about"), max_length=200, help_text=_("The record the e-mail is about, as the logs name it.")
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)

    subject = models.TextField(_("subject"))
    body = models.TextField(_("body"), blank=True)
    content_subtype = models.CharField(_("content type of the body"), max_length=32, default="plain")
    from_email = models.TextField(_("from"))
    to = models.JSONField(_("to"), default=list, blank=True)
    cc = models.JSONField(_("cc"), default=list, blank=True)
    bcc = models.JSONField(_("bcc"), default=list, blank=True)
    reply_to = models.JSONField(_("reply to"), default=list, blank=True)
    headers = models.JSONField(_("other headers"), default=dict, blank=True)
    attachments = models.JSONField(
        _("attachments"), default=list, blank=True, help_text=_("File name, MIME type and content of each.")
    )
    alternatives = models.JSONField(
        _("alternative parts"), default=list, blank=True, help_text=_("MIME type and content of each (e.g. HTML).")
    )

    created_at = models.DateTimeField(_("queued"), default=timezone.now, editable=False)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    next_attempt_at = models.DateTimeField(
        _("next attempt"), null=True, blank=True, db_index=True, help_text=_("Empty once sent or given up.")
    )
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    last_error = models.CharField(
        _("last error"), max_length=200, blank=True, help_text=_("The kind of error only, never its text.")
    )

    class Meta:
        verbose_name = _("queued e-mail")
        verbose_name_plural = _("queued e-mails")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.about} ({self.get_status_display()})"

    @property
    def recipients(self):
        return [address for address in [*self.to, *self.cc, *self.bcc] if address]

    @classmethod
    def from_message(cls, message, **fields):
        """An unsaved queued mail holding ``message`` (an EmailMessage, with or without alternatives)."""
        attachments = []
        for attachment in message.attachments:
            if not isinstance(attachment, tuple):
                raise TypeError("Only attachments given as file name, content and MIME type can be queued.")
            filename, content, mimetype = attachment
            attachments.append({"filename": filename, "mimetype": mimetype, **pack(content)})
        return cls(
            subject=str(message.subject),
            body=str(message.body),
            content_subtype=message.content_subtype,
            from_email=str(message.from_email),
            to=[str(address) for address in message.to],
            cc=[str(address) for address in message.cc],
            bcc=[str(address) for address in message.bcc],
            reply_to=[str(address) for address in message.reply_to],
            headers={str(name): str(value) for name, value in message.extra_headers.items()},
            attachments=attachments,
            alternatives=[
                {"mimetype": mimetype, **pack(content)} for content, mimetype in getattr(message, "alternatives", [])
            ],
            **fields,
        )

    def to_message(self, connection=None):
        """The EmailMessage as it was first given to the mail server."""
        kind = EmailMultiAlternatives if self.alternatives else EmailMessage
        message = kind(
            subject=self.subject,
            body=self.body,
            from_email=self.from_email,
            to=list(self.to),
            cc=list(self.cc),
            bcc=list(self.bcc),
            reply_to=list(self.reply_to),
            headers=dict(self.headers),
            connection=connection,
        )
        message.content_subtype = self.content_subtype
        for attachment in self.attachments:
            message.attach(attachment["filename"], unpack(attachment), attachment["mimetype"])
        for alternative in self.alternatives:
            message.attach_alternative(unpack(alternative), alternative["mimetype"])
        return message
