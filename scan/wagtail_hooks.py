"""Admin registrations of the scan: the advisors' workspace, its audit-log actions and its dashboard panel."""

import datetime
from collections import defaultdict
from urllib.parse import urlencode

from django.contrib.auth.models import Permission
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.log_actions import LogFormatter

from scan.viewsets import OPEN_STATUSES, Review, scan_viewset, submitted_responses, theme_names

WEEK_DAYS = 7
AVERAGE_DAYS = 90


@hooks.register("register_admin_viewset")
def register_scan_viewset():
    return scan_viewset


@hooks.register("register_permissions")
def register_note_permissions():
    return Permission.objects.filter(content_type__app_label="scan", codename__in=["view_scannote", "add_scannote"])


@hooks.register("register_log_actions")
def register_scan_log_actions(actions):
    @actions.register_action("scan.assign")
    class AssignFormatter(LogFormatter):
        label = _("Assign scan")

        def format_message(self, log_entry):
            advisor = (log_entry.data or {}).get("to")
            if advisor:
                return _("Assigned to %(name)s") % {"name": advisor.get("name", "")}
            return _("Unassigned")

    @actions.register_action("scan.status")
    class StatusFormatter(LogFormatter):
        label = _("Change follow-up status")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            labels = dict(Review.choices)
            return _("Follow-up status changed from “%(old)s” to “%(new)s”") % {
                "old": labels.get(data.get("from"), data.get("from")),
                "new": labels.get(data.get("to"), data.get("to")),
            }

    actions.register_action("scan.note", _("Add note"), _("Note added"))


def list_url(**params):
    return f"{reverse('scans:index')}?{urlencode(params, doseq=True)}"


class ScansPanel(Component):
    """The advisors' figures on the admin home: new scans, contact requests, my scans and average theme scores."""

    name = "scans"
    order = 50
    template_name = "scan/admin/dashboard_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        now = timezone.now()
        week_start = timezone.localdate() - datetime.timedelta(days=WEEK_DAYS - 1)
        week_start_at = timezone.make_aware(datetime.datetime.combine(week_start, datetime.time.min))
        awaiting = Q(wants_contact=True, review_status__in=[Review.NEW, Review.IN_REVIEW])
        counts = submitted_responses().aggregate(
            this_week=Count("id", filter=Q(submitted_at__gte=week_start_at)),
            awaiting_contact=Count("id", filter=awaiting),
            mine=Count("id", filter=Q(assigned_to=self.user, review_status__in=OPEN_STATUSES)),
        )
        return {
            "counts": counts,
            "this_week_url": list_url(submitted_at_from=week_start.isoformat()),
            "awaiting_contact_url": list_url(wants_contact="true", review_status=[Review.NEW, Review.IN_REVIEW]),
            "mine_url": list_url(assigned="me", review_status=list(OPEN_STATUSES)),
            "averages": average_theme_scores(now - datetime.timedelta(days=AVERAGE_DAYS)),
            "average_days": AVERAGE_DAYS,
        }


def average_theme_scores(since):
    """The average score per theme of the scans submitted since ``since``, in the questionnaire's theme order."""
    totals = defaultdict(lambda: [0.0, 0])
    stored_names = {}
    rows = submitted_responses().filter(submitted_at__gte=since).values_list("theme_scores", flat=True).order_by()
    for scores in rows.iterator():
        for row in scores or []:
            if row.get("percent") is None or not row.get("code"):
                continue
            totals[row["code"]][0] += float(row["percent"])
            totals[row["code"]][1] += 1
            stored_names.setdefault(row["code"], row.get("name") or row["code"])
    names = theme_names()
    order = list(names)
    return [
        {"code": code, "name": names.get(code) or stored_names[code], "average": round(total / count), "count": count}
        for code, (total, count) in sorted(
            totals.items(), key=lambda item: order.index(item[0]) if item[0] in order else len(order)
        )
    ]


@hooks.register("construct_homepage_panels")
def add_scans_panel(request, panels):
    if request.user.has_perm("scan.view_scanresponse"):
        panels.append(ScansPanel(request.user))
