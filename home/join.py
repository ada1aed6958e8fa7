"""Joining an objective: the form under each objective page (``join/``), its thank-you page and its e-mails.

The page's routes live on ObjectivePage; the review in the admin is in home/engagement_admin.py.
"""

import logging
import re

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from home.antispam import SpamProtectedForm, rate_limited
from home.choices import OrganisationType
from home.mail import deliver, render_message
from home.models import BasePage, Engagement, EngagementContribution, SiteSettings
from scan.forms import LocalisedDecimalField, LocalisedIntegerField

logger = logging.getLogger(__name__)
CONTRIBUTION_PREFIX = "contribution_"
FIRST_YEAR = 2015
LAST_YEAR = 2100
SCAN_TOKEN_MAX_LENGTH = 64
SCAN_TOKEN = re.compile(r"[A-Za-z0-9_-]+")


def contribution_name(target):
    return f"{CONTRIBUTION_PREFIX}{target.pk}"


class JoinForm(SpamProtectedForm):
    """An organisation's engagement to one objective, with a contribution field per target of the objective."""

    organisation_name = forms.CharField(
        label=_("Name of your organisation"),
        max_length=200,
        error_messages={"required": _("Enter the name of your organisation.")},
    )
    organisation_type = forms.ChoiceField(
        label=_("Type of organisation"),
        choices=[("", _("Choose a type")), *OrganisationType.choices],
        error_messages={
            "required": _("Choose the type of your organisation."),
            "invalid_choice": _("Choose the type of your organisation from the list."),
        },
    )
    website = forms.URLField(
        label=_("Website"),
        required=False,
        max_length=200,
        assume_scheme="https",
        error_messages={"invalid": _("Enter a web address, e.g. https://www.example.be.")},
    )
    contact_name = forms.CharField(
        label=_("Contact person"), max_length=200, error_messages={"required": _("Enter the contact person's name.")}
    )
    contact_email = forms.EmailField(
        label=_("Contact e-mail"),
        help_text=_("We send the confirmation and the editors' decision to this address."),
        error_messages={
            "required": _("Enter an e-mail address."),
            "invalid": _("Enter a valid e-mail address, e.g. name@example.be."),
        },
    )
    commitment = forms.CharField(
        label=_("What does your organisation commit to do?"),
        help_text=_("The actions, where, and how they meet the objective's criteria."),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _("Describe what your organisation commits to do."),
            "max_length": _("Keep the description under %(limit_value)d characters (it has %(show_value)d)."),
        },
    )
    start_year = LocalisedIntegerField(
        label=_("Start year"),
        min_value=FIRST_YEAR,
        max_value=LAST_YEAR,
        error_messages={
            "required": _("Enter the year the engagement starts."),
            "invalid": _("Enter a year, e.g. 2026."),
            "min_value": _("Enter a start year from %(limit_value)s on."),
            "max_value": _("Enter a start year up to %(limit_value)s."),
        },
    )
    end_year = LocalisedIntegerField(
        label=_("End year"),
        min_value=FIRST_YEAR,
        max_value=LAST_YEAR,
        error_messages={
            "required": _("Enter the year the engagement ends."),
            "invalid": _("Enter a year, e.g. 2030."),
            "min_value": _("Enter an end year from %(limit_value)s on."),
            "max_value": _("Enter an end year up to %(limit_value)s."),
        },
    )
    municipality = forms.CharField(
        label=_("Municipality"),
        max_length=120,
        help_text=_("Where the engagement takes place (the main place, if several)."),
        error_messages={"required": _("Enter the municipality where the engagement takes place.")},
    )
    list_publicly = forms.BooleanField(
        label=_("List our organisation and its engagement on this objective's page once it is approved."),
        required=False,
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the alliance keeps these details to review this engagement, follow it up and count it "
            "towards the objective."
        ),
        error_messages={"required": _("Please agree, or we cannot review your engagement.")},
    )
    scan = forms.CharField(required=False, widget=forms.HiddenInput, max_length=SCAN_TOKEN_MAX_LENGTH)

    field_order = [
        "organisation_name",
        "organisation_type",
        "website",
        "contact_name",
        "contact_email",
        "commitment",
    ]

    def __init__(self, *args, objective, targets, **kwargs):
        super().__init__(*args, **kwargs)
        self.objective = objective
        self.targets = targets
        if not self.is_bound:
            year = timezone.localdate().year
            self.fields["start_year"].initial = year
            self.fields["end_year"].initial = max(year, 2030)
        for target in targets:
            self.fields[contribution_name(target)] = LocalisedDecimalField(
                label=target.description,
                required=False,
                min_value=0,
                max_digits=14,
                decimal_places=2,
                error_messages={
                    "invalid": _("Enter a number, e.g. 12.5."),
                    "min_value": _("A contribution cannot be negative."),
                    "max_digits": _("That number is too large; check it."),
                    "max_decimal_places": _("Use at most two decimals."),
                    "max_whole_digits": _("That number is too large; check it."),
                },
            )
        self.order_fields([*self.field_order, *self.contribution_fields, "start_year", "end_year", "municipality"])

    @property
    def contribution_fields(self):
        return [contribution_name(target) for target in self.targets]

    def contribution_bound_fields(self):
        """(bound field, target) pairs, for the template to show each field with its unit and target."""
        return [(self[contribution_name(target)], target) for target in self.targets]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_year"), cleaned.get("end_year")
        if start is not None and end is not None and end < start:
            self.add_error("end_year", _("The end year cannot be before the start year."))
        for target in self.targets:
            name = contribution_name(target)
            amount = cleaned.get(name)
            if amount is not None and target.value and amount > target.value:
                self.add_error(
                    name,
                    _(
                        "That is more than the alliance's whole target (%(value)s %(unit)s). "
                        "Check the number and the unit."
                    )
                    % {"value": f"{target.value.normalize():f}", "unit": target.unit},
                )
        known = set(self.contribution_fields)
        unknown = [key for key in self.data if key.startswith(CONTRIBUTION_PREFIX) and key not in known]
        if unknown:
            # Only a doctored form sends these; say so rather than dropping the numbers silently.
            raise forms.ValidationError(
                _("This objective counts contributions only in its own units: %(units)s."),
                params={"units": ", ".join(target.unit for target in self.targets) or "—"},
                code="unknown_unit",
            )
        return cleaned

    def contributions(self):
        return [
            (target, self.cleaned_data[contribution_name(target)])
            for target in self.targets
            if self.cleaned_data.get(contribution_name(target))
        ]


def submitted_scan(token):
    """The submitted scan response whose results token is ``token``, or None."""
    from scan.models import ScanResponse

    # A token is URL-safe base64: anything else is none, and does not reach the database (where a NUL would fail).
    if not token or len(token) > SCAN_TOKEN_MAX_LENGTH or not SCAN_TOKEN.fullmatch(token):
        return None
    return ScanResponse.objects.filter(token=token, status=ScanResponse.Status.SUBMITTED).first()


def initial_from_scan(response):
    if response is None:
        return {}
    return {
        "organisation_name": response.company_name,
        "organisation_type": OrganisationType.COMPANY,
        "contact_name": response.contact_name,
        "contact_email": response.contact_email,
        "municipality": response.municipality,
        "scan": response.token,
    }


def page_context(request, page):
    """The objective page's base context, without its listings: the form pages need the page only."""
    return BasePage.get_context(page, request)


def render_form(request, page, form, *, scan_response, status=200):
    context = page_context(request, page)
    context.update(form=form, scan_response=scan_response, targets=form.targets)
    response = TemplateResponse(request, "home/join_form.html", context, status=status)
    response["Cache-Control"] = "private, no-store"
    return response


def join_view(request, page):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    targets = list(page.targets.all())
    if request.method != "POST":
        scan_response = submitted_scan(request.GET.get("scan", ""))
        form = JoinForm(objective=page, targets=targets, initial=initial_from_scan(scan_response))
        return render_form(request, page, form, scan_response=scan_response)

    form = JoinForm(request.POST, objective=page, targets=targets)
    scan_response = submitted_scan(request.POST.get("scan", ""))
    if rate_limited(request, "join"):
        form.is_valid()
        form.add_error(
            None, _("You have sent this form many times in a short while. Wait a few minutes, then send it again.")
        )
        return render_form(request, page, form, scan_response=scan_response, status=429)
    if form.is_spam():
        logger.info("A join form for objective page %s filled the honeypot and was dropped", page.pk)
        return redirect(page.url + "join/thanks/")
    if form.too_fast():
        form.is_valid()
        form.add_error(
            None,
            _("That was quicker than a person fills in this form. Check your details and send them again."),
        )
        return render_form(request, page, form, scan_response=scan_response, status=400)
    if not form.is_valid():
        return render_form(request, page, form, scan_response=scan_response, status=400)

    engagement = save_engagement(page, form, scan_response, language=translation.get_language())
    confirm_to_organisation(engagement, page)
    notify_editors(request, engagement, page)
    return redirect(page.url + "join/thanks/")


def thanks_view(request, page):
    context = page_context(request, page)
    response = TemplateResponse(request, "home/join_thanks.html", context)
    response["Cache-Control"] = "private, no-store"
    return response


@transaction.atomic
def save_engagement(page, form, scan_response, *, language):
    data = form.cleaned_data
    engagement = Engagement.objects.create(
        objective=page,
        objective_key=page.translation_key,
        language=language or settings.LANGUAGE_CODE,
        organisation_name=data["organisation_name"].strip(),
        organisation_type=data["organisation_type"],
        website=data["website"],
        contact_name=data["contact_name"].strip(),
        contact_email=data["contact_email"],
        commitment=data["commitment"].strip(),
        start_year=data["start_year"],
        end_year=data["end_year"],
        municipality=data["municipality"].strip(),
        list_publicly=data["list_publicly"],
        scan_response=scan_response,
    )
    EngagementContribution.objects.bulk_create(
        EngagementContribution(
            engagement=engagement, target_key=target.translation_key, amount=amount, unit=target.unit
        )
        for target, amount in form.contributions()
    )
    logger.info("Engagement %s submitted for objective page %s", engagement.pk, page.pk)
    return engagement


# E-mails. The organisation reads its own language; the editors read the alliance's working language.


def admin_url(engagement):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("engagements:inspect", args=[engagement.pk])


def site_settings(page):
    site = page.get_site()
    return SiteSettings.for_site(site) if site else None


def engagement_context(engagement, page):
    contributions = list(engagement.contributions.all())
    objective_url = page.get_full_url() if page else ""
    return {
        "engagement": engagement,
        "objective": page,
        "objective_url": objective_url,
        "contributions": contributions,
        "site_name": settings.WAGTAIL_SITE_NAME,
        "contact_email": getattr(site_settings(page), "contact_email", "") if page else "",
    }


def confirm_to_organisation(engagement, page):
    context = engagement_context(engagement, page)
    message = render_message(
        language=engagement.language,
        subject=lambda c: _("We have received your engagement to “%(objective)s”") % {"objective": page.title},
        template="home/email/engagement_received.txt",
        context=context,
        to=[engagement.contact_email],
        reply_to=[context["contact_email"]] if context["contact_email"] else None,
    )
    return deliver(message, about=f"engagement {engagement.pk} (confirmation)")


def editor_recipients(page):
    """The engagements address of the site settings, else every active user who may review engagements."""
    configured = site_settings(page)
    if configured and configured.engagements_email:
        return [configured.engagements_email]
    reviewers = (
        get_user_model()
        .objects.with_perm(
            "home.change_engagement", include_superusers=False, backend="django.contrib.auth.backends.ModelBackend"
        )
        .filter(is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    recipients = sorted(set(reviewers))
    if not recipients and configured and configured.contact_email:
        recipients = [configured.contact_email]
    return recipients


def notify_editors(request, engagement, page):
    context = {**engagement_context(engagement, page), "admin_url": admin_url(engagement)}
    message = render_message(
        language=settings.LANGUAGE_CODE,
        subject=lambda c: (
            _("New engagement to review: %(organisation)s joins objective %(number)s")
            % {"organisation": engagement.organisation_name, "number": page.number}
        ),
        template="home/email/engagement_to_review.txt",
        context=context,
        to=editor_recipients(page),
    )
    return deliver(message, about=f"engagement {engagement.pk} (editors' notice)")


def notify_decision(engagement):
    """Tell the organisation that its engagement was approved or rejected (with the editor's reason)."""
    from home.models import ObjectivePage

    page = None
    if engagement.objective_id:
        page = engagement.objective
    page = (
        ObjectivePage.objects.filter(
            translation_key=engagement.objective_key, locale__language_code=engagement.language
        ).first()
        or page
    )
    if page is None:
        logger.warning("Engagement %s has no objective page left to write about", engagement.pk)
        return 0
    approved = engagement.status == Engagement.Status.APPROVED
    context = engagement_context(engagement, page)
    message = render_message(
        language=engagement.language,
        subject=(
            (lambda c: _("Your engagement to “%(objective)s” is approved") % {"objective": page.title})
            if approved
            else (lambda c: _("Your engagement to “%(objective)s” was not approved") % {"objective": page.title})
        ),
        template="home/email/engagement_approved.txt" if approved else "home/email/engagement_rejected.txt",
        context=context,
        to=[engagement.contact_email],
        reply_to=[context["contact_email"]] if context["contact_email"] else None,
    )
    return deliver(message, about=f"engagement {engagement.pk} (decision)")
