"""Telling the advisors that a company asks for contact: who it is, where, and a link to the scan in the admin.

The mail never holds the company's answers or scores; logs name the response by its id only.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from home.choices import Province
from home.mail import deliver
from home.models import SiteSettings

logger = logging.getLogger(__name__)
ADVISORS_GROUP = "Advisors"


def advisor_recipients(request):
    """The advisors' address from the site settings, or else every active advisor with an e-mail address."""
    site = Site.find_for_request(request)
    if site is not None:
        address = SiteSettings.for_site(site).advisors_email
        if address:
            return [address]
    emails = (
        get_user_model()
        .objects.filter(groups__name=ADVISORS_GROUP, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )
    return sorted(set(emails))


def inspect_url(response):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("scans:inspect", args=[response.pk])


def notify_advisors_of_contact_request(request, response):
    """E-mail the advisors that ``response``'s company asks for contact; returns the number of mails sent."""
    recipients = advisor_recipients(request)
    if not recipients:
        logger.warning("No advisor to tell that scan response %s asks for contact", response.pk)
        return 0
    # The advisors read the alliance's working language, whatever language the company used.
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "company": response.company_name or _("A company"),
            "province": dict(Province.choices).get(response.province) or _("province unknown"),
            "url": inspect_url(response),
        }
        subject = _("%(company)s asks for an advisor's contact") % context
        body = render_to_string("scan/email/advisors_contact_request.txt", context)
    message = EmailMessage(subject=subject.replace("\n", " "), body=body, to=recipients)
    # The company's request is saved; a mail server that fails must not fail the company's page.
    return deliver(message, about=f"scan response {response.pk} (contact request)")
