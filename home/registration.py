"""Registering for an event: the form under the event page (``register/``), the waiting list, cancellation by the
link in the confirmation e-mail, and the e-mails (with the event's .ics attached).

Places are counted under a lock on the event's row, so two people cannot take the last place at once.
"""

import logging

from django import forms
from django.db import IntegrityError, transaction
from django.db.models.functions import Lower
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from home import ical
from home.antispam import SpamProtectedForm, rate_limited
from home.choices import OrganisationType
from home.events import calendar_event
from home.mail import deliver, drop_queued, render_message
from home.models import BasePage, Registration, WorkshopChoice

logger = logging.getLogger(__name__)
RANK_PREFIX = "rank_"
TOKEN_MAX_LENGTH = 64
OUTCOMES = ("confirmed", "waiting")


class RegistrationForm(SpamProtectedForm):
    name = forms.CharField(label=_("Your name"), max_length=200, error_messages={"required": _("Enter your name.")})
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("We send the confirmation, and the link to cancel, to this address."),
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter a valid e-mail address, e.g. name@example.be."),
        },
    )
    organisation = forms.CharField(
        label=_("Organisation"), max_length=200, error_messages={"required": _("Enter your organisation.")}
    )
    organisation_type = forms.ChoiceField(
        label=_("Type of organisation"),
        choices=[("", _("Choose a type")), *OrganisationType.choices],
        error_messages={
            "required": _("Choose the type of your organisation."),
            "invalid_choice": _("Choose the type of your organisation from the list."),
        },
    )
    remarks = forms.CharField(
        label=_("Remarks"),
        required=False,
        max_length=2000,
        help_text=_("Dietary needs, accessibility, questions for the organisers."),
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"max_length": _("Keep your remarks under %(limit_value)d characters.")},
    )
    consent = forms.BooleanField(
        label=_("I agree that the organisers keep these details to organise this event and contact me about it."),
        error_messages={"required": _("Please agree, or we cannot register you.")},
    )
    waiting_list = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, workshops, **kwargs):
        super().__init__(*args, **kwargs)
        self.workshops = workshops
        ranks = [("", _("Choose a rank")), *[(str(rank), str(rank)) for rank in range(1, len(workshops) + 1)]]
        for workshop in workshops:
            self.fields[f"{RANK_PREFIX}{workshop.pk}"] = forms.TypedChoiceField(
                label=workshop.title,
                help_text=workshop.description,
                choices=ranks,
                coerce=int,
                error_messages={
                    "required": _("Give this workshop a rank."),
                    "invalid_choice": _("Choose a rank from the list."),
                },
            )

    def rank_fields(self):
        return [(self[f"{RANK_PREFIX}{workshop.pk}"], workshop) for workshop in self.workshops]

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        cleaned = super().clean()
        names = [f"{RANK_PREFIX}{workshop.pk}" for workshop in self.workshops]
        ranks = [cleaned.get(name) for name in names]
        if any(rank is None for rank in ranks):
            self.add_error(
                None, _("Rank all %(count)s workshops, from 1 (most wanted) on.") % {"count": len(self.workshops)}
            )
        elif len(set(ranks)) != len(ranks):
            self.add_error(None, _("Use each rank once: every workshop needs its own place in your ranking."))
        return cleaned

    def ranking(self):
        """(workshop, rank) pairs, best first."""
        pairs = [(workshop, self.cleaned_data[f"{RANK_PREFIX}{workshop.pk}"]) for workshop in self.workshops]
        return sorted(pairs, key=lambda pair: pair[1])


def page_context(request, page, **extra):
    context = BasePage.get_context(page, request)
    context.update(extra)
    return context


def render_form(request, page, form, *, status=200, full=False, message=None):
    state = page.registration_state()
    context = page_context(
        request, page, form=form, registration_state=state, is_full=full, message=message, workshops=form.workshops
    )
    response = TemplateResponse(request, "home/register_form.html", context, status=status)
    response["Cache-Control"] = "private, no-store"
    return response


def is_full(page):
    places = page.places_left()
    return places is not None and places <= 0


def register_view(request, page):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if page.registration_state() == "none":
        raise Http404(_("This event has no registration on this site."))
    workshops = page.workshop_list
    if request.method != "POST":
        full = is_full(page)
        return render_form(
            request, page, RegistrationForm(workshops=workshops, initial={"waiting_list": full}), full=full
        )

    form = RegistrationForm(request.POST, workshops=workshops)
    if rate_limited(request, "register"):
        form.is_valid()
        message = _("You have sent this form many times in a short while. Wait a few minutes, then send it again.")
        return render_form(request, page, form, status=429, full=is_full(page), message=message)
    if form.is_spam():
        logger.info("A registration form for event page %s filled the honeypot and was dropped", page.pk)
        return redirect(page.url)
    if page.registration_state() != "open":
        form.is_valid()
        return render_form(request, page, form, status=409)
    if form.too_fast():
        form.is_valid()
        message = _("That was quicker than a person fills in this form. Check your details and send them again.")
        return render_form(request, page, form, status=400, full=is_full(page), message=message)
    if not form.is_valid():
        return render_form(request, page, form, status=400, full=is_full(page))
    try:
        registration = save_registration(request, page, form)
    except DuplicateRegistration:
        form.add_error("email", DUPLICATE_MESSAGE)
        return render_form(request, page, form, status=400, full=is_full(page))
    except EventFull:
        form.data["waiting_list"] = "True"
        message = _("The last places have just gone. You can join the waiting list: send the form again.")
        return render_form(request, page, form, status=409, full=True, message=message)
    send_registration_mail(request, page, registration)
    outcome = "waiting" if registration.status == Registration.Status.WAITING else "confirmed"
    return redirect(f"{page.url}register/{outcome}/")


DUPLICATE_MESSAGE = _(
    "This e-mail address is already registered for this event. Look for the confirmation in your mailbox; "
    "its link lets you cancel."
)


class DuplicateRegistration(Exception):
    pass


class EventFull(Exception):
    pass


def save_registration(request, page, form):
    data = form.cleaned_data
    with transaction.atomic():
        # Lock the event's row: places are counted and taken by one registration at a time.
        Page.objects.select_for_update().filter(pk=page.pk).first()
        active = Registration.objects.filter(event_key=page.translation_key).exclude(
            status=Registration.Status.CANCELLED
        )
        if active.annotate(lower_email=Lower("email")).filter(lower_email=data["email"]).exists():
            raise DuplicateRegistration
        full = is_full(page)
        if full and not data.get("waiting_list"):
            raise EventFull
        try:
            with transaction.atomic():
                registration = Registration.objects.create(
                    event=page,
                    event_key=page.translation_key,
                    language=translation.get_language() or page.locale.language_code,
                    status=Registration.Status.WAITING if full else Registration.Status.CONFIRMED,
                    name=data["name"].strip(),
                    email=data["email"],
                    organisation=data["organisation"].strip(),
                    organisation_type=data["organisation_type"],
                    remarks=data["remarks"].strip(),
                )
        except IntegrityError as error:
            raise DuplicateRegistration from error
        WorkshopChoice.objects.bulk_create(
            WorkshopChoice(registration=registration, workshop_key=workshop.translation_key, rank=rank)
            for workshop, rank in form.ranking()
        )
    logger.info("Registration %s for event page %s (%s)", registration.pk, page.pk, registration.status)
    return registration


def registered_view(request, page, outcome):
    if outcome not in OUTCOMES:
        raise Http404
    response = TemplateResponse(request, "home/register_done.html", page_context(request, page, outcome=outcome))
    response["Cache-Control"] = "private, no-store"
    return response


def cancel_view(request, page, token):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    registration = None
    if token and len(token) <= TOKEN_MAX_LENGTH:
        registration = Registration.objects.filter(token=token, event_key=page.translation_key).first()
    if registration is None:
        raise Http404(_("There is no such registration."))
    cancelled_now = False
    if request.method == "POST" and registration.is_active:
        promoted = cancel_registration(page, registration)
        cancelled_now = True
        if promoted is not None:
            send_registration_mail(request, page, promoted, promoted_from_waiting_list=True)
    context = page_context(request, page, registration=registration, cancelled_now=cancelled_now)
    response = TemplateResponse(request, "home/register_cancel.html", context)
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response


def cancel_registration(page, registration):
    """Cancel ``registration``; a confirmed place goes to the first person waiting, who is returned (or None)."""
    with transaction.atomic():
        Page.objects.select_for_update().filter(pk=page.pk).first()
        was_confirmed = registration.status == Registration.Status.CONFIRMED
        registration.status = Registration.Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        # A confirmation still waiting in the mail queue would arrive after the cancellation: it is dropped.
        drop_queued(f"registration {registration.pk}")
        WorkshopChoice.objects.filter(registration=registration).update(assigned=False)
        promoted = None
        if was_confirmed and not is_full(page):
            promoted = (
                Registration.objects.filter(event_key=page.translation_key, status=Registration.Status.WAITING)
                .order_by("created_at", "pk")
                .first()
            )
            if promoted is not None:
                promoted.status = Registration.Status.CONFIRMED
                promoted.save(update_fields=["status"])
    logger.info("Registration %s cancelled; %s promoted", registration.pk, promoted.pk if promoted else "nobody")
    return promoted


def send_registration_mail(request, page, registration, *, promoted_from_waiting_list=False):
    """The confirmation (with the .ics), the waiting-list notice, or the news that a place came free."""
    from home.models import EventPage

    event = (
        EventPage.objects.filter(translation_key=page.translation_key, locale__language_code=registration.language)
        .live()
        .first()
        or page
    )
    waiting = registration.status == Registration.Status.WAITING
    titles = {workshop.translation_key: workshop.title for workshop in event.workshops.all()}
    context = {
        "registration": registration,
        "event": event,
        "event_url": request.build_absolute_uri(event.url),
        "cancel_url": request.build_absolute_uri(f"{event.url}cancel/{registration.token}/"),
        "ranking": [titles.get(choice.workshop_key, "") for choice in registration.choices.order_by("rank")],
        "promoted": promoted_from_waiting_list,
        "venue_address": ", ".join(line.strip() for line in event.venue_address.splitlines() if line.strip()),
    }
    if waiting:
        subject = _("You are on the waiting list for “%(event)s”")
    elif promoted_from_waiting_list:
        subject = _("A place came free: you are registered for “%(event)s”")
    else:
        subject = _("You are registered for “%(event)s”")
    message = render_message(
        language=registration.language,
        subject=lambda c: subject % {"event": event.title},
        template="home/email/registration_waiting.txt" if waiting else "home/email/registration_confirmed.txt",
        context=context,
        to=[registration.email],
    )
    if not waiting:
        message.attach(
            f"{event.slug}.ics", ical.event_calendar(calendar_event(event, request), name=event.title), "text/calendar"
        )
    return deliver(message, about=f"registration {registration.pk}")
