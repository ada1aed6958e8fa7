"""The editors' review of engagements in the admin: listed, filtered, exported, inspected, approved or rejected.

Registered from home/wagtail_hooks.py, for users with ``home.view_engagement``; deciding needs
``home.change_engagement``. What a decision changes is in home/engagement_actions.py.
"""

import datetime

import django_filters
from django.conf import settings
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.models import ModelLogEntry
from wagtail.permission_policies import ModelPermissionPolicy

from home.admin_views import ForbiddenIsForbidden, spreadsheet_safe
from home.choices import OrganisationType
from home.engagement_actions import EngagementActionMixin
from home.models import Engagement, ObjectivePage, ObjectiveTarget

Status = Engagement.Status
LANGUAGE_NAMES = dict(settings.LANGUAGES)
ENGAGEMENTS_FORBIDDEN = gettext_lazy(
    "Engagements are reviewed by the site's editors. Ask an administrator for access if you need them."
)


def user_name(user):
    return get_user_display_name(user) if user else ""


def preferred(rows):
    """From ``(key, language, *values)`` rows, the values per key in the active language, else the default one."""
    order = [translation.get_language() or settings.LANGUAGE_CODE, settings.LANGUAGE_CODE]
    best = {}
    for key, language, *values in rows:
        rank = order.index(language) if language in order else len(order)
        if key not in best or rank < best[key][0]:
            best[key] = (rank, values)
    return {key: values for key, (rank, values) in best.items()}


def objective_labels(keys=None):
    """``{translation key: "Objective N · title"}`` of the objectives (those of ``keys``), in one query."""
    pages = ObjectivePage.objects.all()
    if keys is not None:
        pages = pages.filter(translation_key__in=set(keys))
    found = preferred(pages.values_list("translation_key", "locale__language_code", "number", "title"))
    ordered = sorted(found.items(), key=lambda item: (item[1][0], item[1][1]))
    return {
        key: _("Objective %(number)s · %(title)s") % {"number": number, "title": title}
        for key, (number, title) in ordered
    }


def objective_label(labels, engagement):
    return labels.get(engagement.objective_key) or _("(objective deleted)")


class EngagementFilterSet(WagtailFilterSet):
    objective = django_filters.ChoiceFilter(
        label=gettext_lazy("Objective"), field_name="objective_key", empty_label=gettext_lazy("All")
    )
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"), choices=Status.choices, empty_label=gettext_lazy("All")
    )
    organisation_type = django_filters.ChoiceFilter(
        label=gettext_lazy("Type of organisation"), choices=OrganisationType.choices, empty_label=gettext_lazy("All")
    )
    language = django_filters.ChoiceFilter(
        label=gettext_lazy("Language"), choices=settings.LANGUAGES, empty_label=gettext_lazy("All")
    )

    class Meta:
        model = Engagement
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["objective"].extra["choices"] = [(str(key), label) for key, label in objective_labels().items()]


class EngagementIndexView(ForbiddenIsForbidden, IndexView):
    forbidden_message = ENGAGEMENTS_FORBIDDEN
    any_permission_required = ["view"]
    page_title = gettext_lazy("Engagements")
    export_headings = {}

    EXPORT = [
        "id",
        "status",
        "objective",
        "organisation_name",
        "organisation_type",
        "website",
        "contact_name",
        "contact_email",
        "commitment",
        "contributions",
        "start_year",
        "end_year",
        "municipality",
        "list_publicly",
        "language",
        "created_at",
        "scan_response",
        "project",
        "decided_at",
        "decided_by",
        "rejection_reason",
    ]

    labels = {}

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if self.is_export:
            queryset = queryset.select_related("decided_by").prefetch_related("contributions")
        return queryset

    def get_table(self, object_list):
        if not self.is_export:
            # The objective titles of this page of the list only, in one query.
            self.labels = objective_labels(engagement.objective_key for engagement in object_list)
        return super().get_table(object_list)

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "organisation_name",
                label=_("Organisation"),
                accessor=str,
                sort_key="organisation_name",
                width="22%",
                get_url=lambda engagement: reverse(self.inspect_url_name, args=[engagement.pk]),
            ),
            Column(
                "objective",
                label=_("Objective"),
                accessor=lambda engagement: objective_label(self.labels, engagement),
                sort_key="objective__number",
            ),
            Column(
                "organisation_type",
                label=_("Type"),
                accessor="get_organisation_type_display",
                sort_key="organisation_type",
            ),
            Column("municipality", label=_("Municipality"), sort_key="municipality"),
            StatusTagColumn(
                "status",
                label=_("Status"),
                accessor="get_status_display",
                sort_key="status",
                primary=lambda engagement: engagement.is_pending,
            ),
            DateColumn("created_at", label=_("Submitted"), sort_key="created_at"),
            Column("language", label=_("Language"), sort_key="language"),
        ]

    @cached_property
    def header_buttons(self):
        if self.is_export:
            return super().header_buttons
        pending = Engagement.objects.filter(status=Status.PENDING).count()
        label = ngettext("%(count)s pending", "%(count)s pending", pending) % {"count": pending}
        url = f"{reverse('engagements:index')}?status={Status.PENDING}"
        return [*super().header_buttons, HeaderButton(label, url=url, icon_name="clipboard-list")]

    # Export: the filtered list with the contributions, the links and the decision.

    def get_filename(self):
        return f"engagements-{timezone.localdate():%Y-%m-%d}"

    def as_spreadsheet(self, queryset, spreadsheet_format):
        self.labels = objective_labels({engagement.objective_key for engagement in queryset})
        self.list_export = self.EXPORT
        self.export_headings = {
            "id": _("ID"),
            "objective": _("Objective"),
            "contributions": _("Contributions"),
            "scan_response": _("Scan response ID"),
            "project": _("Showcase project ID"),
        }
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def get_heading(self, queryset, field):
        return spreadsheet_safe(super().get_heading(queryset, field))

    def to_row_dict(self, item):
        row = {}
        for field in self.list_export:
            if field == "objective":
                value = objective_label(self.labels, item)
            elif field == "contributions":
                value = "; ".join(str(contribution) for contribution in item.contributions.all())
            elif field in {"status", "organisation_type"}:
                value = getattr(item, f"get_{field}_display")()
            elif field in {"scan_response", "project"}:
                value = getattr(item, f"{field}_id")
            elif field == "decided_by":
                value = user_name(item.decided_by)
            else:
                value = getattr(item, field)
            if isinstance(value, datetime.datetime):
                value = timezone.make_naive(value)
            row[field] = spreadsheet_safe(value)
        return row


class EngagementInspectView(ForbiddenIsForbidden, InspectView):
    forbidden_message = ENGAGEMENTS_FORBIDDEN
    any_permission_required = ["view"]
    template_name = "home/admin/engagement_inspect.html"
    page_title = gettext_lazy("Engagement")

    def get_object(self, queryset=None):
        return get_object_or_404(
            Engagement.objects.select_related("objective", "decided_by", "project", "scan_response"), pk=self.pk
        )

    def get_fields(self):
        return []

    def contributions(self):
        contributions = list(self.object.contributions.order_by("pk"))
        targets = preferred(
            ObjectiveTarget.objects.filter(translation_key__in=[item.target_key for item in contributions]).values_list(
                "translation_key", "locale__language_code", "description", "value", "unit", "year"
            )
        )
        rows = []
        for contribution in contributions:
            description, value, unit, year = targets.get(contribution.target_key) or (None, None, None, None)
            target = None
            if description is not None:
                target = _("%(description)s (target: %(value)s %(unit)s by %(year)s)") % {
                    "description": description,
                    "value": f"{value.normalize():,f}",
                    "unit": unit,
                    "year": year,
                }
            rows.append({"amount": f"{contribution.amount.normalize():f}", "unit": contribution.unit, "target": target})
        return rows

    def timeline(self):
        entries = ModelLogEntry.objects.for_instance(self.object).select_related("user").order_by("-timestamp", "-pk")
        return [{"when": entry.timestamp, "who": entry.user_display_name, "text": entry.message} for entry in entries]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        engagement = self.object
        user = self.request.user
        labels = objective_labels([engagement.objective_key])
        scan_url = None
        if engagement.scan_response_id and user.has_perm("scan.view_scanresponse"):
            scan_url = reverse("scans:inspect", args=[engagement.scan_response_id])
        context.update(
            engagement=engagement,
            objective_label=objective_label(labels, engagement),
            objective_edit_url=(
                reverse("wagtailadmin_pages:edit", args=[engagement.objective_id]) if engagement.objective_id else None
            ),
            language_name=LANGUAGE_NAMES.get(engagement.language, engagement.language),
            contributions=self.contributions(),
            decided_by=user_name(engagement.decided_by),
            scan_url=scan_url,
            project_edit_url=(
                reverse("wagtailadmin_pages:edit", args=[engagement.project_id]) if engagement.project_id else None
            ),
            timeline=self.timeline(),
            can_change=ModelPermissionPolicy(Engagement).user_has_permission(user, "change"),
            approve_url=reverse("engagements:approve", args=[engagement.pk]),
            approve_with_project_url=reverse("engagements:approve_with_project", args=[engagement.pk]),
            reject_url=reverse("engagements:reject", args=[engagement.pk]),
            reason_limit=Engagement._meta.get_field("rejection_reason").max_length,
        )
        return context


class EngagementViewSet(ModelViewSet):
    """Engagements for the editors: list, filters, search, export, inspect, approve and reject."""

    model = Engagement
    name = "engagements"
    icon = "tick-inverse"
    menu_label = gettext_lazy("Engagements")
    menu_order = 240
    add_to_admin_menu = True
    index_view_class = EngagementIndexView
    inspect_view_class = EngagementInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = EngagementFilterSet
    search_fields = ["organisation_name", "contact_name", "contact_email"]
    search_backend_name = None
    list_per_page = 50
    ordering = ["-created_at", "-pk"]
    list_export = EngagementIndexView.EXPORT
    add_to_reference_index = False
    exclude_form_fields = []

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        # Organisations submit engagements; editors decide on them but never add, edit, copy or delete them here.
        for name in ("add_url_name", "edit_url_name", "delete_url_name", "history_url_name", "usage_url_name"):
            view_kwargs[name] = None
        return view_kwargs

    def action_view(self, action):
        # The inspect view with the action's post(): bad input shows the inspect view again, with the error.
        name = f"Engagement{action.title().replace('_', '')}View"
        view_class = type(name, (EngagementActionMixin, EngagementInspectView), {"action": action})
        return self.construct_view(view_class, **self.get_inspect_view_kwargs())

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("inspect/<int:pk>/approve/", self.action_view("approve"), name="approve"),
            path(
                "inspect/<int:pk>/approve-with-project/",
                self.action_view("approve_with_project"),
                name="approve_with_project",
            ),
            path("inspect/<int:pk>/reject/", self.action_view("reject"), name="reject"),
        ]


engagement_viewset = EngagementViewSet()
