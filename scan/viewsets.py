"""The advisors' workspace in the admin: submitted scans listed, filtered, exported, inspected and followed up.

Registered from scan/wagtail_hooks.py. Drafts never appear: every view starts from ``submitted_responses()``.
"""

import datetime
import logging

import django_filters
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import BooleanRadioSelect
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry
from wagtail.permission_policies import ModelPermissionPolicy

from home.admin_views import ForbiddenIsForbidden, forbidden, spreadsheet_safe
from home.choices import Province
from home.models import ObjectivePage
from scan import presentation
from scan.choices import Sector
from scan.models import ScanNote, ScanPage, ScanResponse

logger = logging.getLogger(__name__)
ADVISORS_GROUP = "Advisors"
PROVINCES = dict(Province.choices)
Review = ScanResponse.Review
OPEN_STATUSES = (Review.NEW, Review.IN_REVIEW, Review.CONTACTED)
# Where a scan may go from each follow-up status: forward, and back to "in review" to reopen it.
TRANSITIONS = {
    Review.NEW: (Review.IN_REVIEW, Review.CONTACTED, Review.CLOSED),
    Review.IN_REVIEW: (Review.CONTACTED, Review.CLOSED),
    Review.CONTACTED: (Review.CLOSED, Review.IN_REVIEW),
    Review.CLOSED: (Review.IN_REVIEW,),
}


def submitted_responses():
    return ScanResponse.objects.filter(status=ScanResponse.Status.SUBMITTED)


def advisors():
    """Users who may be assigned a scan: active members of the Advisors group, and superusers."""
    return (
        get_user_model()
        .objects.filter(Q(groups__name=ADVISORS_GROUP) | Q(is_superuser=True), is_active=True)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def user_name(user):
    return get_user_display_name(user) if user else ""


def scan_pages_for_labels():
    """The scan pages of the active language (or any), whose level and theme names label codes in the admin."""
    pages = list(ScanPage.objects.filter(locale__language_code=translation.get_language()).only("id", "levels"))
    return pages or list(ScanPage.objects.only("id", "levels")[:1])


def level_names():
    names = {}
    for page in scan_pages_for_labels():
        for block in page.levels.raw_data:
            names.setdefault(block["value"].get("code"), block["value"].get("name"))
    return names


def theme_names():
    names = {}
    for page in ScanPage.objects.filter(locale__language_code=translation.get_language()).only("id", "questionnaire"):
        for block in page.questionnaire.raw_data:
            if block["type"] == "theme":
                names.setdefault(block["value"].get("code"), block["value"].get("name"))
    return names


def level_choices():
    names = level_names()
    codes = submitted_responses().exclude(level="").values_list("level", flat=True).distinct().order_by("level")
    return [(code, names.get(code) or code) for code in codes]


class ScanResponseFilterSet(WagtailFilterSet):
    # distinct=False: one column's values cannot duplicate rows, and DISTINCT over every column is costly.
    review_status = django_filters.MultipleChoiceFilter(
        label=gettext_lazy("Follow-up status"),
        choices=Review.choices,
        widget=forms.CheckboxSelectMultiple,
        distinct=False,
    )
    level = django_filters.ChoiceFilter(
        label=gettext_lazy("Level"), choices=level_choices, empty_label=gettext_lazy("All")
    )
    sector = django_filters.ChoiceFilter(
        label=gettext_lazy("Sector"), choices=Sector.choices, empty_label=gettext_lazy("All")
    )
    province = django_filters.ChoiceFilter(
        label=gettext_lazy("Province"), choices=Province.choices, empty_label=gettext_lazy("All")
    )
    language = django_filters.ChoiceFilter(
        label=gettext_lazy("Language"),
        choices=settings.LANGUAGES,
        empty_label=gettext_lazy("All"),
        widget=forms.RadioSelect,
    )
    wants_contact = django_filters.BooleanFilter(label=gettext_lazy("Asked for contact"), widget=BooleanRadioSelect)
    assigned = django_filters.ChoiceFilter(
        label=gettext_lazy("Assigned advisor"), method="filter_assigned", empty_label=gettext_lazy("All")
    )
    submitted_at = django_filters.DateFromToRangeFilter(label=gettext_lazy("Submitted"), widget=DateRangePickerWidget)

    class Meta:
        model = ScanResponse
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["assigned"].extra["choices"] = [
            ("me", _("Assigned to me")),
            ("none", _("Unassigned")),
            *[(str(user.pk), user_name(user)) for user in advisors()],
        ]

    def filter_assigned(self, queryset, name, value):
        if value == "me":
            return queryset.filter(assigned_to=self.request.user)
        if value == "none":
            return queryset.filter(assigned_to__isnull=True)
        return queryset.filter(assigned_to_id=value)


SCANS_FORBIDDEN = gettext_lazy(
    "Scans are for the alliance's advisors. Ask an administrator to add you to the Advisors group if you need them."
)


class ScanIndexView(ForbiddenIsForbidden, IndexView):
    forbidden_message = SCANS_FORBIDDEN
    any_permission_required = ["view"]
    page_title = gettext_lazy("Scans")
    export_headings = {}

    def get_base_queryset(self):
        return submitted_responses().select_related("assigned_to").defer("answers", "wizard_state", "suggestions")

    @cached_property
    def level_names(self):
        return level_names()

    def score_and_level(self, response):
        if response.overall_score is None:
            return "—"
        score = presentation.format_number(round(response.overall_score))
        level = self.level_names.get(response.level) or response.level
        return f"{score} · {level}" if level else score

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "company_name",
                label=_("Company"),
                accessor=str,
                sort_key="company_name",
                width="20%",
                get_url=lambda response: reverse(self.inspect_url_name, args=[response.pk]),
            ),
            Column("sector", label=_("Sector"), accessor="get_sector_display", sort_key="sector"),
            Column(
                "place",
                label=_("Municipality / province"),
                accessor=lambda response: " · ".join(
                    filter(None, [response.municipality, str(PROVINCES.get(response.province, ""))])
                ),
                sort_key="province",
            ),
            Column(
                "overall_score", label=_("Score and level"), accessor=self.score_and_level, sort_key="overall_score"
            ),
            BooleanColumn("wants_contact", label=_("Asked for contact"), sort_key="wants_contact"),
            Column(
                "review_status", label=_("Follow-up"), accessor="get_review_status_display", sort_key="review_status"
            ),
            Column(
                "assigned_to",
                label=_("Advisor"),
                accessor=lambda response: user_name(response.assigned_to),
                sort_key="assigned_to__first_name",
            ),
            Column("language", label=_("Language"), sort_key="language"),
            DateColumn("submitted_at", label=_("Submitted"), sort_key="submitted_at"),
        ]

    # Export: the filtered list with the profile, the follow-up and one column per theme.

    PROFILE_EXPORT = [
        "id",
        "company_name",
        "sector",
        "staff",
        "postcode",
        "municipality",
        "province",
        "contact_name",
        "contact_email",
        "contact_consent",
        "wants_contact",
        "contact_requested_at",
        "language",
        "submitted_at",
        "overall_score",
        "level",
        "ladder_step",
        "review_status",
        "assigned_to",
    ]

    def get_filename(self):
        return f"scans-{timezone.localdate():%Y-%m-%d}"

    def as_spreadsheet(self, queryset, spreadsheet_format):
        codes = []
        for scores in queryset.values_list("theme_scores", flat=True).order_by():
            for row in scores or []:
                if row.get("code") and row["code"] not in codes:
                    codes.append(row["code"])
        names = theme_names()
        self.list_export = [*self.PROFILE_EXPORT, *[f"theme:{code}" for code in codes]]
        self.export_headings = {
            "id": _("ID"),
            "assigned_to": _("Assigned advisor"),
            "review_status": _("Follow-up status"),
            **{f"theme:{code}": _("Score: %(theme)s") % {"theme": names.get(code) or code} for code in codes},
        }
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def get_heading(self, queryset, field):
        return spreadsheet_safe(super().get_heading(queryset, field))

    def to_row_dict(self, item):
        scores = {row.get("code"): row.get("percent") for row in item.theme_scores or []}
        row = {}
        for field in self.list_export:
            if field.startswith("theme:"):
                value = scores.get(field.removeprefix("theme:"))
                value = None if value is None else round(float(value), 1)
            elif field == "assigned_to":
                value = user_name(item.assigned_to)
            elif field == "level":
                value = self.level_names.get(item.level) or item.level
            elif field in {"sector", "staff", "review_status"}:
                value = getattr(item, f"get_{field}_display")()
            elif field == "province":
                value = PROVINCES.get(item.province, item.province)
            elif field == "overall_score":
                value = None if item.overall_score is None else float(item.overall_score)
            else:
                value = getattr(item, field)
            if isinstance(value, datetime.datetime):
                value = timezone.make_naive(value)
            row[field] = spreadsheet_safe(value)
        return row


class ScanInspectView(ForbiddenIsForbidden, InspectView):
    forbidden_message = SCANS_FORBIDDEN
    any_permission_required = ["view"]
    template_name = "scan/admin/inspect.html"
    page_title = gettext_lazy("Scan")

    def get_object(self, queryset=None):
        return get_object_or_404(submitted_responses().select_related("assigned_to", "revision", "page"), pk=self.pk)

    def get_fields(self):
        return []

    def definition(self):
        response = self.object
        if response.revision is not None:
            try:
                return response.revision.as_object().definition
            except Exception:
                # An old revision that no longer loads falls back to the live page.
                logger.warning("The revision of scan response %s could not be read", response.pk, exc_info=True)
        return response.page.definition if response.page else None

    def results_url(self):
        response = self.object
        page = (
            ScanPage.objects.filter(translation_key=response.scan_key, locale__language_code=response.language).first()
            or response.page
        )
        return f"{page.url}results/{response.token}/" if page and page.url else None

    def suggestions(self):
        response = self.object
        keys = [suggestion.get("objective") for suggestion in response.suggestions]
        titles = dict(
            ObjectivePage.objects.filter(translation_key__in=keys, locale__language_code=response.language).values_list(
                "translation_key", "title"
            )
        )
        titles = {str(key): title for key, title in titles.items()}
        return [
            {
                "number": suggestion.get("number"),
                "title": titles.get(suggestion.get("objective")),
                "reasons": suggestion.get("reasons") or [],
            }
            for suggestion in response.suggestions
        ]

    def timeline(self):
        response = self.object
        items = [
            {"kind": "note", "when": note.created_at, "who": user_name(note.author), "text": note.text}
            for note in response.notes.select_related("author")
        ]
        entries = ModelLogEntry.objects.for_instance(response).exclude(action="scan.note").select_related("user")
        items += [
            {"kind": "log", "when": entry.timestamp, "who": entry.user_display_name, "text": entry.message}
            for entry in entries
        ]
        return sorted(items, key=lambda item: item["when"], reverse=True)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        response = self.object
        definition = self.definition()
        with translation.override(response.language or None):
            # The answers as the company saw them: its language, its revision of the questionnaire.
            answers = presentation.answer_summary(definition, response)[1:] if definition else []
            themes = presentation.theme_rows(definition, response) if definition else []
            level = (
                next((level for level in definition.levels if level.code == response.level), None)
                if definition
                else None
            )
        policy = ModelPermissionPolicy(ScanResponse)
        user = self.request.user
        context.update(
            response=response,
            answers=answers,
            themes=themes,
            chart=presentation.chart(themes),
            level_name=level.name if level else response.level,
            profile=presentation.profile_items(response),
            province=PROVINCES.get(response.province, response.province),
            suggestions=self.suggestions(),
            timeline=self.timeline(),
            results_url=self.results_url(),
            advisors=advisors(),
            statuses=[(code, label) for code, label in Review.choices if code in TRANSITIONS[response.review_status]],
            can_change=policy.user_has_permission(user, "change"),
            can_add_note=ModelPermissionPolicy(ScanNote).user_has_permission(user, "add"),
            assign_url=reverse("scans:assign", args=[response.pk]),
            status_url=reverse("scans:status", args=[response.pk]),
            note_url=reverse("scans:note", args=[response.pk]),
        )
        return context


class ScanActionView(ScanInspectView):
    """A follow-up action posted from the inspect view; on bad input the inspect view again, with a 400."""

    http_method_names = ["post"]
    any_permission_required = None
    action = None  # "assign", "status" or "note"

    def dispatch(self, request, *args, **kwargs):
        if self.action == "note":
            allowed = ModelPermissionPolicy(ScanNote).user_has_permission(request.user, "add")
        else:
            allowed = ModelPermissionPolicy(ScanResponse).user_has_permission(request.user, "change")
        if not allowed:
            return forbidden(request, self.forbidden_message)
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        error = getattr(self, f"do_{self.action}")(request.POST)
        if error:
            messages.error(request, error)
            return self.render_to_response(self.get_context_data(), status=400)
        return redirect(reverse("scans:inspect", args=[self.object.pk]))

    def do_assign(self, data):
        response = self.object
        choice = data.get("advisor", "")
        if choice == "me":
            advisor = self.request.user
        elif choice in ("", "none"):
            advisor = None
        else:
            advisor = advisors().filter(pk=choice).first() if choice.isdigit() else None
            if advisor is None:
                return _("Choose an advisor from the list.")
        previous = response.assigned_to
        response.assigned_to = advisor
        response.save(update_fields=["assigned_to"])
        log(
            instance=response,
            action="scan.assign",
            user=self.request.user,
            title=str(_("Scan response %(id)s") % {"id": response.pk}),
            data={
                "from": {"id": previous.pk, "name": user_name(previous)} if previous else None,
                "to": {"id": advisor.pk, "name": user_name(advisor)} if advisor else None,
            },
        )
        if advisor is None:
            messages.success(self.request, _("The scan is no longer assigned."))
        else:
            messages.success(self.request, _("The scan is assigned to %(name)s.") % {"name": user_name(advisor)})
        return None

    def do_status(self, data):
        response = self.object
        status = data.get("status", "")
        if status not in Review.values:
            return _("Choose a follow-up status from the list.")
        previous = response.review_status
        if status not in TRANSITIONS[previous]:
            return _("A scan that is “%(current)s” cannot be set to “%(new)s”.") % {
                "current": Review(previous).label,
                "new": Review(status).label,
            }
        response.review_status = status
        response.save(update_fields=["review_status"])
        log(
            instance=response,
            action="scan.status",
            user=self.request.user,
            title=str(_("Scan response %(id)s") % {"id": response.pk}),
            data={"from": previous, "to": status},
        )
        messages.success(
            self.request, _("The follow-up status is now “%(status)s”.") % {"status": Review(status).label}
        )
        return None

    def do_note(self, data):
        response = self.object
        text = data.get("text", "").strip()
        if not text:
            return _("Write a note before adding it.")
        limit = ScanNote._meta.get_field("text").max_length
        if len(text) > limit:
            return _("A note can hold at most %(limit)s characters.") % {"limit": limit}
        note = ScanNote.objects.create(response=response, author=self.request.user, text=text)
        log(
            instance=response,
            action="scan.note",
            user=self.request.user,
            title=str(_("Scan response %(id)s") % {"id": response.pk}),
            data={"note": note.pk},
        )
        messages.success(self.request, _("Your note has been added."))
        return None


class ScanViewSet(ModelViewSet):
    """Submitted scans for the Advisors group: list, filters, search, export, inspect and follow-up actions."""

    model = ScanResponse
    name = "scans"
    icon = "clipboard-list"
    menu_label = gettext_lazy("Scans")
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = ScanIndexView
    inspect_view_class = ScanInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = ScanResponseFilterSet
    search_fields = ["company_name", "contact_name", "contact_email"]
    search_backend_name = None
    list_per_page = 50
    ordering = "-submitted_at"
    list_export = ScanIndexView.PROFILE_EXPORT
    add_to_reference_index = False
    exclude_form_fields = []

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        # Scans are answered by companies, never added, edited, copied or deleted in the admin.
        for name in ("add_url_name", "edit_url_name", "delete_url_name", "history_url_name", "usage_url_name"):
            view_kwargs[name] = None
        return view_kwargs

    def action_view(self, action):
        return self.construct_view(
            type(f"Scan{action.title()}View", (ScanActionView,), {"action": action}), **self.get_inspect_view_kwargs()
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("inspect/<int:pk>/assign/", self.action_view("assign"), name="assign"),
            path("inspect/<int:pk>/status/", self.action_view("status"), name="status"),
            path("inspect/<int:pk>/note/", self.action_view("note"), name="note"),
        ]


scan_viewset = ScanViewSet()
