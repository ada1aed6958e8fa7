"""Sending the site's e-mails: one place that renders them in a language and survives a failing mail server.

Callers save what the visitor sent before they mail; a mail that cannot be sent is logged under a description that
holds no personal data (an id, never an address or a name), and the visitor's page carries on.
"""

import logging

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)


def render_message(*, language, subject, template, context, to, reply_to=None):
    """An EmailMessage whose subject (a lazy or callable string) and body are rendered in ``language``."""
    with translation.override(language or None):
        subject_text = str(subject(context) if callable(subject) else subject)
        body = render_to_string(template, context)
    return EmailMessage(subject=" ".join(subject_text.split()), body=body, to=to, reply_to=reply_to)


def deliver(message, *, about):
    """Send ``message``; on failure log it (``about`` names the record, without personal data) and return 0."""
    if not message.to:
        logger.warning("No recipient for the e-mail about %s", about)
        return 0
    try:
        sent = message.send()
    except Exception:
        logger.exception("Could not send the e-mail about %s", about)
        return 0
    logger.info("E-mail sent about %s", about)
    return sent
