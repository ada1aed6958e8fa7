"""Editors' work on an event's registrations: allocate the workshops, e-mail everyone their workshops, move a person
between workshops by hand, and cancel a registration.

Each change is made in one transaction under a lock on the event page's row (the lock the public registration takes
to count places) and audit-logged; e-mails go afterwards, through ``home.mail``. The views are mixins that
home/registration_admin.py puts on its allocation and inspect views.
"""

import logging
import uuid
from dataclasses import asdict

from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.db.models import Count
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.log_actions import log
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from home import allocation
from home.admin_views import forbidden
from home.mail import deliver, render_message
from home.models import AllocationRun, EventPage, Registration, Workshop, WorkshopChoice
from home.registration import cancel_registration, send_registration_mail

logger = logging.getLogger(__name__)
Status = Registration.Status
UPDATE_BATCH = 500  # ids per UPDATE … WHERE id IN (…), well below SQLite's limit on parameters


# Events and workshops, named in a language.


def in_language(rows, language=None):
    """From ``(key, language, value)`` rows, ``{key: value}`` in ``language`` (the active one by default), else in
    the default language, else in any."""
    order = [language or translation.get_language() or settings.LANGUAGE_CODE, settings.LANGUAGE_CODE]
    best = {}
    for key, row_language, value in rows:
        rank = order.index(row_language) if row_language in order else len(order)
        if key not in best or rank < best[key][0]:
            best[key] = (rank, value)
    return {key: value for key, (rank, value) in best.items()}


def event_titles(keys):
    """``{event translation key: title}`` in the active language where translated, in one query."""
    rows = EventPage.objects.filter(translation_key__in=set(keys)).order_by("pk")
    return in_language(rows.values_list("translation_key", "locale__language_code", "title"))


def workshop_rows(event_keys):
    """``(workshop key, language, title)`` of the events' workshops in every language, in one query."""
    rows = Workshop.objects.filter(page__translation_key__in=set(event_keys)).order_by("pk")
    return list(rows.values_list("translation_key", "locale__language_code", "title"))


def workshop_titles(event_keys, language=None):
    """``{workshop key: title}`` of the events' workshops in ``language`` (the active one) where translated."""
    return in_language(workshop_rows(event_keys), language)


def source_event(event_key):
    """The event's page that holds its workshops and capacities: in the default language, else the oldest."""
    pages = list(EventPage.objects.filter(translation_key=event_key).select_related("locale").order_by("pk"))
    default = [page for page in pages if page.locale.language_code == settings.LANGUAGE_CODE]
    return (default or pages or [None])[0]


def confirmed(event_key):
    """The event's confirmed registrations with their choices (best rank first), oldest first."""
    return Registration.objects.filter(event_key=event_key, status=Status.CONFIRMED).prefetch_related("choices")


def seats(page):
    """How many workshops each person gets: ``workshops_per_person``, at most the number of workshops."""
    return min(max(page.workshops_per_person, 1), len(page.workshop_list))


def lock(page):
    """Lock the event page's row until the end of the transaction, as the public registration does."""
    Page.objects.select_for_update().filter(pk=page.pk).first()


# The allocation.


def allocation_input(page, registrations):
    """The registrants and workshops as home.allocation takes them; workshop ids are ``str(translation key)``."""
    shops = [allocation.Workshop(id=str(w.translation_key), capacity=w.capacity) for w in page.workshop_list]
    known = {shop.id for shop in shops}
    registrants = [
        allocation.Registrant(
            id=registration.pk,
            group=registration.organisation_type,
            ranking=tuple(key for choice in registration.choices.all() if (key := str(choice.workshop_key)) in known),
        )
        for registration in registrations
    ]
    return registrants, shops


def assigned_keys(registration, known=None):
    """The workshop keys (strings) allocated to ``registration``, best rank first (from prefetched choices)."""
    keys = [str(choice.workshop_key) for choice in registration.choices.all() if choice.assigned]
    return [key for key in keys if known is None or key in known]


def current_quality(page, registrations):
    """The quality figures of the allocation as it is now (after moves by hand, cancellations and promotions)."""
    registrants, shops = allocation_input(page, registrations)
    known = {shop.id for shop in shops}
    assignments = {registration.pk: assigned_keys(registration, known) for registration in registrations}
    return allocation.evaluate(registrants, shops, max(page.workshops_per_person, 1), assignments)


def save_assignments(registration, keys, order):
    """Mark exactly ``keys`` (strings) as allocated to ``registration``; its choices must be prefetched.

    A workshop it never ranked (added after it registered) gets a choice ranked after its last one. Returns the ids
    of the choices to mark, for a bulk update.
    """
    choices = {str(choice.workshop_key): choice for choice in registration.choices.all()}
    rank = max((choice.rank for choice in choices.values()), default=0)
    ids = []
    for key in sorted(keys, key=lambda key: order.get(key, len(order))):
        if key in choices:
            ids.append(choices[key].pk)
        else:
            rank += 1
            ids.append(
                WorkshopChoice.objects.create(registration=registration, workshop_key=uuid.UUID(key), rank=rank).pk
            )
    return ids


def update_in_batches(queryset, ids, **values):
    ids = list(ids)
    for start in range(0, len(ids), UPDATE_BATCH):
        queryset.filter(pk__in=ids[start : start + UPDATE_BATCH]).update(**values)


def mark_assigned(ids):
    update_in_batches(WorkshopChoice.objects.all(), ids, assigned=True)


def not_told(ids):
    """Their workshops changed: they have not been e-mailed their current workshops."""
    update_in_batches(Registration.objects.filter(workshops_emailed_at__isnull=False), ids, workshops_emailed_at=None)


class NothingToAllocate(Exception):
    pass


def run_allocation(page, user):
    """Allocate the workshops of ``page``'s event to its confirmed registrants; saved, stored and logged.

    Every allocated flag of the event is reset, then the allocation's are set, in one transaction; those whose
    workshops changed count as not e-mailed them yet. Returns the ``AllocationRun``. Raises ``NothingToAllocate``
    when the event has no workshops or nobody is confirmed.
    """
    event_key = page.translation_key
    if not page.workshop_list:
        raise NothingToAllocate(_("This event has no workshops to allocate."))
    order = {str(workshop.translation_key): index for index, workshop in enumerate(page.workshop_list)}
    with transaction.atomic():
        lock(page)
        registrations = list(confirmed(event_key))
        if not registrations:
            raise NothingToAllocate(_("Nobody is registered for this event yet."))
        registrants, shops = allocation_input(page, registrations)
        result = allocation.allocate(registrants, shops, max(page.workshops_per_person, 1))
        WorkshopChoice.objects.filter(registration__event_key=event_key, assigned=True).update(assigned=False)
        ids, changed = [], []
        for registration in registrations:
            keys = result.assignments.get(registration.pk, ())
            if set(assigned_keys(registration)) != set(keys):
                changed.append(registration.pk)
            ids += save_assignments(registration, keys, order)
        mark_assigned(ids)
        not_told(changed)
        quality = asdict(result.quality)
        run = AllocationRun.objects.create(
            event_key=event_key, run_by=user, registrants=len(registrations), quality=quality
        )
        log(
            instance=run,
            action="registration.allocate",
            user=user,
            title=page.title,
            data={
                "event_key": str(event_key),
                "registrants": len(registrations),
                "first_choice_share": quality["first_choice_share"],
                "unplaced_seats": quality["unplaced_seats"],
            },
        )
    logger.info("Workshops of event %s allocated to %s registrants (run %s)", event_key, len(registrations), run.pk)
    return run


# Telling everyone their workshops.


def absolute(request, url):
    return request.build_absolute_uri(url) if url else ""


def workshops_message(request, registration, event, titles):
    """The e-mail telling ``registration`` its workshops (``titles``), in its language."""
    context = {
        "registration": registration,
        "event": event,
        "workshops": titles,
        "venue": ", ".join(
            line.strip() for line in [event.venue_name, *event.venue_address.splitlines()] if line.strip()
        ),
        "event_url": absolute(request, event.url),
        "cancel_url": absolute(request, f"{event.url}cancel/{registration.token}/" if event.url else ""),
    }
    return render_message(
        language=registration.language,
        subject=lambda context: (
            ngettext("Your workshop at “%(event)s”", "Your workshops at “%(event)s”", len(context["workshops"]))
            % {"event": context["event"].title}
        ),
        template="home/email/registration_workshops.txt",
        context=context,
        to=[registration.email],
    )


def email_workshops(request, page, user, *, only_not_told=False):
    """E-mail each confirmed registrant who has workshops their workshops, in their language; with
    ``only_not_told``, only those not e-mailed their current workshops yet.

    Returns ``(sent, failed, without)``: e-mails sent, e-mails that could not be sent, and confirmed registrants
    without any workshop (not e-mailed). ``workshops_emailed_at`` is set on those who were sent one.
    """
    event_key = page.translation_key
    registrations = confirmed(event_key)
    if only_not_told:
        registrations = registrations.filter(workshops_emailed_at__isnull=True)
    rows = workshop_rows([event_key])
    order = {str(workshop.translation_key): index for index, workshop in enumerate(page.workshop_list)}
    events = {
        event.locale.language_code: event
        for event in EventPage.objects.live().filter(translation_key=event_key).select_related("locale")
    }
    titles_by_language = {}
    sent_ids, failed, without = [], 0, 0
    for registration in registrations:
        keys = assigned_keys(registration, order)
        if not keys:
            without += 1
            continue
        language = registration.language
        if language not in titles_by_language:
            titles_by_language[language] = {str(key): title for key, title in in_language(rows, language).items()}
        titles = [titles_by_language[language].get(key, "") for key in sorted(keys, key=order.get)]
        event = events.get(language) or page
        try:
            message = workshops_message(request, registration, event, titles)
        except Exception:
            logger.exception("Could not write the workshops e-mail of registration %s", registration.pk)
            failed += 1
            continue
        # Not queued: a mail that fails is sent again with "e-mail those not told yet", which knows who was told.
        if deliver(message, about=f"workshops of registration {registration.pk}", queue=False):
            sent_ids.append(registration.pk)
        else:
            failed += 1
    update_in_batches(Registration.objects.all(), sent_ids, workshops_emailed_at=timezone.now())
    run = AllocationRun.objects.filter(event_key=event_key).first()
    if run is not None:
        log(
            instance=run,
            action="registration.email_workshops",
            user=user,
            title=page.title,
            data={"sent": len(sent_ids), "failed": failed, "without": without, "only_not_told": only_not_told},
        )
    return len(sent_ids), failed, without


# One registration.


def workshop_counts(event_key, keys=None):
    """``{workshop key (string): confirmed registrants allocated to it}``."""
    choices = WorkshopChoice.objects.filter(
        registration__event_key=event_key, registration__status=Status.CONFIRMED, assigned=True
    )
    if keys is not None:
        choices = choices.filter(workshop_key__in=keys)
    counts = choices.values("workshop_key").annotate(count=Count("id")).order_by()
    return {str(row["workshop_key"]): row["count"] for row in counts}


class NotConfirmed(Exception):
    pass


def move(page, registration, keys, user):
    """Allocate exactly the workshops ``keys`` (strings, known to ``page``) to a confirmed ``registration``.

    Saved and logged when they change; the person then counts as not e-mailed their workshops yet. Returns
    ``(changed, full, was_told)``: whether they changed, the workshops of ``page`` that now hold more people than
    their places, and whether the person had been e-mailed their workshops. Raises ``NotConfirmed``.
    """
    order = {str(workshop.translation_key): index for index, workshop in enumerate(page.workshop_list)}
    titles = workshop_titles([page.translation_key])
    with transaction.atomic():
        lock(page)
        registration = Registration.objects.prefetch_related("choices").get(pk=registration.pk)
        if registration.status != Status.CONFIRMED:
            raise NotConfirmed
        before = assigned_keys(registration)
        after = sorted(keys, key=order.get)
        changed = set(before) != set(after)
        if changed:
            WorkshopChoice.objects.filter(registration=registration, assigned=True).update(assigned=False)
            mark_assigned(save_assignments(registration, after, order))
            not_told([registration.pk])
            log(
                instance=registration,
                action="registration.workshops",
                user=user,
                title=registration.name,
                data={
                    "from": [titles.get(uuid.UUID(key), key) for key in before],
                    "to": [titles.get(uuid.UUID(key), key) for key in after],
                    "from_keys": before,
                    "to_keys": after,
                },
            )
        counts = workshop_counts(page.translation_key, after)
    full = [
        workshop for workshop in page.workshop_list if counts.get(str(workshop.translation_key), 0) > workshop.capacity
    ]
    return changed, full, bool(registration.workshops_emailed_at)


def cancel(page, registration, user):
    """Cancel ``registration`` as an editor; the first person waiting gets the place (with ``page``, the event's
    page; None when the event is deleted). Returns ``(registration, promoted or None)``; ``(None, None)`` when it
    was cancelled already."""
    with transaction.atomic():
        if page is not None:
            lock(page)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if not registration.is_active:
            return None, None
        previous = registration.status
        if page is not None:
            promoted = cancel_registration(page, registration)
        else:
            promoted = None
            registration.status = Status.CANCELLED
            registration.cancelled_at = timezone.now()
            registration.save(update_fields=["status", "cancelled_at"])
            WorkshopChoice.objects.filter(registration=registration).update(assigned=False)
        log(
            instance=registration,
            action="registration.cancel",
            user=user,
            title=registration.name,
            data={"from": previous, "promoted": promoted.pk if promoted else None},
        )
        if promoted is not None:
            log(
                instance=promoted,
                action="registration.promote",
                user=user,
                title=promoted.name,
                data={"instead_of": registration.pk},
            )
    return registration, promoted


# The views: mixed into the allocation and inspect views by home/registration_admin.py.


class ChangeRequiredMixin:
    """POST only, and only with ``home.change_registration`` (a 403 page otherwise)."""

    http_method_names = ["post"]
    any_permission_required = None

    def dispatch(self, request, *args, **kwargs):
        if not ModelPermissionPolicy(Registration).user_has_permission(request.user, "change"):
            return forbidden(request, self.forbidden_message)
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        response = getattr(self, f"do_{self.action}")(request.POST)
        if response is None:
            return redirect(self.get_done_url())
        if isinstance(response, str):
            messages.error(request, response)
            return self.render_to_response(self.get_context_data(), status=400)
        return response


class AllocationActionMixin(ChangeRequiredMixin):
    """An action posted from an event's allocation page: ``run`` or ``email``."""

    action = None

    def get_done_url(self):
        return reverse("registrations:allocation", args=[self.event_key])

    def do_run(self, data):
        try:
            run = run_allocation(self.page, self.request.user)
        except NothingToAllocate as error:
            return str(error)
        quality = run.quality
        messages.success(
            self.request,
            ngettext(
                "The workshops are allocated to %(count)s registrant; %(percent)s%% got their first choice.",
                "The workshops are allocated to %(count)s registrants; %(percent)s%% got their first choice.",
                run.registrants,
            )
            % {"count": run.registrants, "percent": round(quality["first_choice_share"] * 100)},
        )
        if quality["unplaced_seats"]:
            messages.warning(
                self.request,
                ngettext(
                    "%(count)s seat could not be given: the workshops are full.",
                    "%(count)s seats could not be given: the workshops are full.",
                    quality["unplaced_seats"],
                )
                % {"count": quality["unplaced_seats"]},
            )
        return None

    def do_email(self, data):
        if not AllocationRun.objects.filter(event_key=self.event_key).exists():
            return _("Run the allocation first: nobody has any workshops yet.")
        only_not_told = data.get("only") == "not_told"
        sent, failed, without = email_workshops(self.request, self.page, self.request.user, only_not_told=only_not_told)
        messages.success(
            self.request,
            ngettext(
                "%(count)s registrant was e-mailed their workshops.",
                "%(count)s registrants were e-mailed their workshops.",
                sent,
            )
            % {"count": sent},
        )
        if failed:
            messages.error(
                self.request,
                ngettext(
                    "%(count)s e-mail could not be sent. Try again later, to those not told yet.",
                    "%(count)s e-mails could not be sent. Try again later, to those not told yet.",
                    failed,
                )
                % {"count": failed},
            )
        if without:
            messages.warning(
                self.request,
                ngettext(
                    "%(count)s confirmed registrant has no workshop and was not e-mailed: run the allocation "
                    "again or place them by hand.",
                    "%(count)s confirmed registrants have no workshop and were not e-mailed: run the allocation "
                    "again or place them by hand.",
                    without,
                )
                % {"count": without},
            )
        return None


class RegistrationActionMixin(ChangeRequiredMixin):
    """An action posted from a registration's inspect view: ``workshops`` (move by hand) or ``cancel``."""

    action = None

    def get_done_url(self):
        return reverse("registrations:inspect", args=[self.object.pk])

    def do_workshops(self, data):
        registration, page = self.object, self.event_page
        if registration.status != Status.CONFIRMED:
            return _("Only confirmed registrations have workshops.")
        if page is None or not page.workshop_list:
            return _("This event has no workshops.")
        known = {str(workshop.translation_key) for workshop in page.workshop_list}
        chosen = set(data.getlist("workshops"))
        if not chosen <= known:
            return _("Choose workshops of this event from the list.")
        required = seats(page)
        if len(chosen) != required:
            return ngettext(
                "Choose exactly %(count)s workshop: each person follows %(count)s.",
                "Choose exactly %(count)s workshops: each person follows %(count)s.",
                required,
            ) % {"count": required}
        try:
            changed, full, was_told = move(page, registration, chosen, self.request.user)
        except NotConfirmed:
            return _("Only confirmed registrations have workshops.")
        if changed:
            messages.success(self.request, _("The workshops of %(name)s are saved.") % {"name": registration.name})
        else:
            messages.info(
                self.request, _("These were already the workshops of %(name)s.") % {"name": registration.name}
            )
        if full:
            titles = workshop_titles([page.translation_key])
            messages.warning(
                self.request,
                _("More people than places now: %(workshops)s.")
                % {"workshops": "; ".join(titles.get(workshop.translation_key, workshop.title) for workshop in full)},
            )
        if changed and was_told:
            messages.info(
                self.request,
                _(
                    "%(name)s had been e-mailed their workshops. To tell them the change, e-mail those not told yet "
                    "from the allocation page."
                )
                % {"name": registration.name},
            )
        return None

    def do_cancel(self, data):
        page = self.object.event or self.event_page
        registration, promoted = cancel(page, self.object, self.request.user)
        if registration is None:
            messages.info(self.request, _("This registration was already cancelled."))
            return None
        messages.success(
            self.request,
            _("The registration of %(name)s is cancelled; they are not told by e-mail.") % {"name": registration.name},
        )
        if promoted is not None:
            self.tell_promoted(page, promoted)
        return None

    def tell_promoted(self, page, promoted):
        try:
            sent = send_registration_mail(self.request, page, promoted, promoted_from_waiting_list=True)
        except Exception:
            logger.exception("Could not e-mail promoted registration %s", promoted.pk)
            sent = 0
        if sent:
            text = _(
                "%(name)s, first on the waiting list, takes the place and was told by e-mail. Give them workshops: "
                "run the allocation again or place them by hand."
            )
        else:
            text = _(
                "%(name)s, first on the waiting list, takes the place. The e-mail to tell them could not be sent "
                "yet; it will be sent again automatically."
            )
        messages.warning(self.request, text % {"name": promoted.name})
