"""The editors' view of event registrations in the admin: listed, filtered, exported, inspected, and each event's
workshop allocation.

Registered from home/wagtail_hooks.py, for users with ``home.view_registration``; changing anything (running the
allocation, e-mailing the workshops, moving a person, cancelling) needs ``home.change_registration``. What the
changes do is in home/registration_actions.py.
"""

import datetime
from collections import Counter
from dataclasses import asdict

import django_filters
from django.conf import settings
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.models import ModelLogEntry
from wagtail.permission_policies import ModelPermissionPolicy

from home.admin_views import ForbiddenIsForbidden, spreadsheet_safe
from home.choices import OrganisationType
from home.models import AllocationRun, EventPage, Registration
from home.registration_actions import (
    AllocationActionMixin,
    RegistrationActionMixin,
    confirmed,
    current_quality,
    event_titles,
    in_language,
    seats,
    source_event,
    workshop_counts,
    workshop_titles,
)

Status = Registration.Status
LANGUAGE_NAMES = dict(settings.LANGUAGES)
REGISTRATIONS_FORBIDDEN = gettext_lazy(
    "Registrations for events are handled by the site's editors. Ask an administrator for access if you need them."
)


def user_name(user):
    return get_user_display_name(user) if user else ""


def event_label(titles, registration):
    return titles.get(registration.event_key) or _("(event deleted)")


def workshop_label(titles, key):
    return titles.get(key) or _("(workshop deleted)")


def allocated_titles(titles, registration):
    """The titles of the workshops allocated to ``registration``, best rank first (from prefetched choices)."""
    return [workshop_label(titles, choice.workshop_key) for choice in registration.choices.all() if choice.assigned]


def ranking_text(titles, registration):
    return "; ".join(
        f"{choice.rank}. {workshop_label(titles, choice.workshop_key)}" for choice in registration.choices.all()
    )


def event_choices():
    """``(event key, "title (date)")`` of the events that have registrations, the latest first, in one query."""
    pages = EventPage.objects.filter(translation_key__in=Registration.objects.values("event_key")).order_by("pk")
    rows = pages.values_list("translation_key", "locale__language_code", "title", "start")
    found = in_language((key, language, (title, start)) for key, language, title, start in rows)
    return [
        (
            str(key),
            _("%(title)s (%(date)s)") % {"title": title, "date": date_format(timezone.localtime(start), "DATE_FORMAT")},
        )
        for key, (title, start) in sorted(found.items(), key=lambda item: item[1][1], reverse=True)
    ]


class RegistrationFilterSet(WagtailFilterSet):
    event = django_filters.ChoiceFilter(
        label=gettext_lazy("Event"), field_name="event_key", empty_label=gettext_lazy("All")
    )
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"), choices=Status.choices, empty_label=gettext_lazy("All")
    )
    organisation_type = django_filters.ChoiceFilter(
        label=gettext_lazy("Type of organisation"), choices=OrganisationType.choices, empty_label=gettext_lazy("All")
    )

    class Meta:
        model = Registration
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["event"].extra["choices"] = event_choices()


class RegistrationIndexView(ForbiddenIsForbidden, IndexView):
    forbidden_message = REGISTRATIONS_FORBIDDEN
    any_permission_required = ["view"]
    page_title = gettext_lazy("Registrations")
    results_template_name = "home/admin/registration_index_results.html"
    export_headings = {}

    EXPORT = [
        "id",
        "event",
        "status",
        "name",
        "email",
        "organisation",
        "organisation_type",
        "language",
        "remarks",
        "created_at",
        "cancelled_at",
        "ranking",
        "allocated",
        "workshops_emailed_at",
    ]

    events = {}
    workshops = {}

    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("choices")

    def load_titles(self, registrations):
        """The titles of these registrations' events and workshops, in two queries."""
        keys = {registration.event_key for registration in registrations}
        self.events = event_titles(keys)
        self.workshops = workshop_titles(keys)

    def get_table(self, object_list):
        if not self.is_export:
            self.load_titles(object_list)
        return super().get_table(object_list)

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "name",
                label=_("Name"),
                accessor=str,
                sort_key="name",
                width="16%",
                get_url=lambda registration: reverse(self.inspect_url_name, args=[registration.pk]),
            ),
            Column("organisation", label=_("Organisation"), sort_key="organisation"),
            Column(
                "organisation_type",
                label=_("Type"),
                accessor="get_organisation_type_display",
                sort_key="organisation_type",
            ),
            Column("event", label=_("Event"), accessor=lambda registration: event_label(self.events, registration)),
            StatusTagColumn(
                "status",
                label=_("Status"),
                accessor="get_status_display",
                sort_key="status",
                primary=lambda registration: registration.status == Status.CONFIRMED,
            ),
            Column(
                "allocated",
                label=_("Workshops"),
                accessor=lambda registration: "; ".join(allocated_titles(self.workshops, registration)) or "—",
            ),
            DateColumn("created_at", label=_("Registered"), sort_key="created_at"),
        ]

    @cached_property
    def chosen_event(self):
        """The event key the list is filtered on, or None."""
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get("event") or None
        return None

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        if self.chosen_event:
            context["allocation_url"] = reverse("registrations:allocation", args=[self.chosen_event])
        return context

    # Export: the filtered list with each person's ranking and allocated workshops.

    def get_filename(self):
        return f"registrations-{timezone.localdate():%Y-%m-%d}"

    def as_spreadsheet(self, queryset, spreadsheet_format):
        self.load_titles(queryset)
        self.list_export = self.EXPORT
        self.export_headings = {
            "id": _("ID"),
            "event": _("Event"),
            "ranking": _("Ranking"),
            "allocated": _("Allocated workshops"),
        }
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def get_heading(self, queryset, field):
        return spreadsheet_safe(super().get_heading(queryset, field))

    def to_row_dict(self, item):
        row = {}
        for field in self.list_export:
            if field == "event":
                value = event_label(self.events, item)
            elif field == "ranking":
                value = ranking_text(self.workshops, item)
            elif field == "allocated":
                value = "; ".join(allocated_titles(self.workshops, item))
            elif field in {"status", "organisation_type"}:
                value = getattr(item, f"get_{field}_display")()
            elif field == "language":
                value = LANGUAGE_NAMES.get(item.language, item.language)
            else:
                value = getattr(item, field)
            if isinstance(value, datetime.datetime):
                value = timezone.make_naive(value)
            row[field] = spreadsheet_safe(value)
        return row


class RegistrationInspectView(ForbiddenIsForbidden, InspectView):
    forbidden_message = REGISTRATIONS_FORBIDDEN
    any_permission_required = ["view"]
    template_name = "home/admin/registration_inspect.html"
    page_title = gettext_lazy("Registration")

    def get_object(self, queryset=None):
        return get_object_or_404(Registration.objects.select_related("event").prefetch_related("choices"), pk=self.pk)

    def get_fields(self):
        return []

    @cached_property
    def event_page(self):
        """The event's page with its workshops and capacities (in the default language), or None."""
        return source_event(self.object.event_key)

    def ranking(self, titles):
        return [
            {"rank": choice.rank, "title": workshop_label(titles, choice.workshop_key), "assigned": choice.assigned}
            for choice in self.object.choices.all()
        ]

    def workshop_options(self, titles):
        """The event's workshops for the form that moves the person: checked when allocated, with their counts."""
        page = self.event_page
        if page is None:
            return []
        counts = workshop_counts(page.translation_key)
        allocated = {choice.workshop_key for choice in self.object.choices.all() if choice.assigned}
        return [
            {
                "key": str(workshop.translation_key),
                "title": titles.get(workshop.translation_key, workshop.title),
                "capacity": workshop.capacity,
                "count": counts.get(str(workshop.translation_key), 0),
                "checked": workshop.translation_key in allocated,
            }
            for workshop in page.workshop_list
        ]

    def timeline(self):
        entries = ModelLogEntry.objects.for_instance(self.object).select_related("user").order_by("-timestamp", "-pk")
        return [{"when": entry.timestamp, "who": entry.user_display_name, "text": entry.message} for entry in entries]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        registration = self.object
        page = self.event_page
        titles = workshop_titles([registration.event_key])
        event_title = event_titles([registration.event_key]).get(registration.event_key)
        context.update(
            registration=registration,
            event_title=event_title or _("(event deleted)"),
            event_edit_url=(
                reverse("wagtailadmin_pages:edit", args=[registration.event_id]) if registration.event_id else None
            ),
            allocation_url=reverse("registrations:allocation", args=[registration.event_key]) if page else None,
            language_name=LANGUAGE_NAMES.get(registration.language, registration.language),
            ranking=self.ranking(titles),
            allocated=allocated_titles(titles, registration),
            workshop_options=self.workshop_options(titles),
            seats=seats(page) if page and page.workshop_list else 0,
            timeline=self.timeline(),
            can_change=ModelPermissionPolicy(Registration).user_has_permission(self.request.user, "change"),
            move_url=reverse("registrations:move", args=[registration.pk]),
            cancel_url=reverse("registrations:cancel", args=[registration.pk]),
        )
        return context


def percent(part, whole):
    return round(100 * part / whole) if whole else 0


class EventAllocationView(ForbiddenIsForbidden, PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """An event's workshops: places, who is allocated, the mix of organisation types, the allocation's quality,
    and the buttons that run the allocation and e-mail everyone their workshops."""

    model = Registration
    forbidden_message = REGISTRATIONS_FORBIDDEN
    any_permission_required = ["view"]
    template_name = "home/admin/event_allocation.html"
    header_icon = "group"
    page_title = gettext_lazy("Workshop allocation")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.event_key = kwargs["event_key"]

    @cached_property
    def page(self):
        page = source_event(self.event_key)
        if page is None:
            raise Http404(_("There is no such event."))
        return page

    @cached_property
    def event_title(self):
        return event_titles([self.event_key]).get(self.event_key, self.page.title)

    def get_page_subtitle(self):
        return self.event_title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("registrations:index"), "label": _("Registrations")},
            {"url": "", "label": self.get_page_title(), "sublabel": self.event_title},
        ]

    @cached_property
    def header_buttons(self):
        url = f"{reverse('registrations:index')}?event={self.event_key}"
        return [HeaderButton(_("Registrations for this event"), url=url, icon_name="list-ul")]

    def workshop_rows(self, registrations, types):
        titles = workshop_titles([self.event_key])
        assigned, groups = Counter(), {}
        for registration in registrations:
            for key in {choice.workshop_key for choice in registration.choices.all() if choice.assigned}:
                assigned[key] += 1
                groups.setdefault(key, Counter())[registration.organisation_type] += 1
        rows = []
        for workshop in self.page.workshop_list:
            key = workshop.translation_key
            mix = groups.get(key, Counter())
            rows.append(
                {
                    "title": titles.get(key, workshop.title),
                    "capacity": workshop.capacity,
                    "assigned": assigned[key],
                    "over": assigned[key] > workshop.capacity,
                    "mix": [
                        {"count": mix[code], "percent": percent(mix[code], assigned[key])} for code, label in types
                    ],
                }
            )
        return rows

    def figures(self, run, now, registrants):
        """The quality figures at the last run (as stored) and now (after the changes since), or None."""

        def shown(quality, count):
            if quality is None:
                return None
            return {
                "first": percent(quality.get("first_choice_share") or 0, 1),
                "top": percent(quality.get("top_choices_share") or 0, 1),
                "average_rank": quality.get("average_rank") or 0,
                "balance": quality.get("balance") or 0,
                "unplaced": quality.get("unplaced_seats") or 0,
                "placed_fully": quality.get("placed_fully") or 0,
                "registrants": count,
            }

        return {
            "run": shown(run.quality if run else None, run.registrants if run else 0),
            "now": shown(asdict(now) if now else None, registrants),
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page, key = self.page, self.event_key
        registrations = list(confirmed(key))
        statuses = dict(
            Registration.objects.filter(event_key=key).values_list("status").annotate(count=Count("id")).order_by()
        )
        present = Counter(registration.organisation_type for registration in registrations)
        types = [(code, label) for code, label in OrganisationType.choices if present[code]]
        run = AllocationRun.objects.filter(event_key=key).select_related("run_by").first()
        now = current_quality(page, registrations) if page.workshop_list and registrations else None
        per_person = seats(page) if page.workshop_list else 0
        with_workshops = [
            registration
            for registration in registrations
            if any(choice.assigned for choice in registration.choices.all())
        ]
        emailed_at = [registration.workshops_emailed_at for registration in with_workshops]
        state = page.registration_state()
        context.update(
            event=page,
            event_title=self.event_title,
            event_edit_url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
            list_url=f"{reverse('registrations:index')}?event={key}",
            registration_state=state,
            still_open=state in ("open", "not_open"),
            closes_at=page.closes_at,
            per_person=per_person,
            confirmed_count=len(registrations),
            waiting_count=statuses.get(Status.WAITING, 0),
            cancelled_count=statuses.get(Status.CANCELLED, 0),
            types=[{"code": code, "label": label} for code, label in types],
            everyone=[
                {"count": present[code], "percent": percent(present[code], len(registrations))} for code, label in types
            ],
            workshops=self.workshop_rows(registrations, types),
            run=run,
            run_by=user_name(run.run_by) if run else "",
            figures=self.figures(run, now, len(registrations)),
            short_count=sum(
                1
                for registration in registrations
                if sum(choice.assigned for choice in registration.choices.all()) < per_person
            ),
            emailed_count=sum(1 for when in emailed_at if when),
            not_told_count=sum(1 for when in emailed_at if not when),
            last_emailed=max(filter(None, emailed_at), default=None),
            can_change=ModelPermissionPolicy(Registration).user_has_permission(self.request.user, "change"),
            run_url=reverse("registrations:allocate", args=[key]),
            email_url=reverse("registrations:email_workshops", args=[key]),
        )
        return context


class RegistrationViewSet(ModelViewSet):
    """Registrations for the editors: list, filters, search, export, inspect, and each event's allocation."""

    model = Registration
    name = "registrations"
    icon = "group"
    menu_label = gettext_lazy("Registrations")
    menu_order = 245
    add_to_admin_menu = True
    index_view_class = RegistrationIndexView
    inspect_view_class = RegistrationInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = RegistrationFilterSet
    search_fields = ["name", "email", "organisation"]
    search_backend_name = None
    list_per_page = 50
    ordering = ["-created_at", "-pk"]
    list_export = RegistrationIndexView.EXPORT
    add_to_reference_index = False
    exclude_form_fields = []

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        # People register on the event pages; editors never add, edit, copy or delete registrations here.
        for name in ("add_url_name", "edit_url_name", "delete_url_name", "history_url_name", "usage_url_name"):
            view_kwargs[name] = None
        return view_kwargs

    def registration_action_view(self, action):
        # The inspect view with the action's post(): bad input shows the inspect view again, with the error.
        name = f"Registration{action.title()}View"
        view_class = type(name, (RegistrationActionMixin, RegistrationInspectView), {"action": action})
        return self.construct_view(view_class, **self.get_inspect_view_kwargs())

    def allocation_view(self, action=None):
        view_class = EventAllocationView
        if action:
            name = f"Allocation{action.title()}View"
            view_class = type(name, (AllocationActionMixin, EventAllocationView), {"action": action})
        return self.construct_view(view_class)

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("inspect/<int:pk>/workshops/", self.registration_action_view("workshops"), name="move"),
            path("inspect/<int:pk>/cancel/", self.registration_action_view("cancel"), name="cancel"),
            path("allocation/<uuid:event_key>/", self.allocation_view(), name="allocation"),
            path("allocation/<uuid:event_key>/run/", self.allocation_view("run"), name="allocate"),
            path("allocation/<uuid:event_key>/email/", self.allocation_view("email"), name="email_workshops"),
        ]


registration_viewset = RegistrationViewSet()
