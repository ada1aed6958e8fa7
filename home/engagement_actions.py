"""Editors' decisions on engagements: approve, approve and make a draft showcase project, or reject.

The decision is saved and logged first, then e-mailed to the organisation (``home.join.notify_decision``). The
views are a mixin that home/engagement_admin.py puts on its inspect view.
"""

import logging
import re

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Locale, Page
from wagtail.permission_policies import ModelPermissionPolicy

from home.admin_views import forbidden
from home.join import notify_decision
from home.models import Engagement, ObjectivePage, Organisation, ProjectObjective, ProjectPage, ShowcaseIndexPage

logger = logging.getLogger(__name__)
Status = Engagement.Status
DECISION_ACTIONS = {Status.APPROVED: "engagement.approve", Status.REJECTED: "engagement.reject"}
SLUG_LENGTH = 200
HOME_DEPTH = 2  # The alliance's home pages sit right under the tree's root.


def decide(engagement, status, user, reason=""):
    """Approve or reject ``engagement`` (a reason only goes with a rejection), save it and log the decision."""
    previous = engagement.status
    engagement.status = status
    engagement.decided_at = timezone.now()
    engagement.decided_by = user
    engagement.rejection_reason = reason if status == Status.REJECTED else ""
    engagement.save(update_fields=["status", "decided_at", "decided_by", "rejection_reason"])
    log(
        instance=engagement,
        action=DECISION_ACTIONS[status],
        user=user,
        title=engagement.organisation_name,
        data={"from": previous, "to": status, "reason": engagement.rejection_reason},
    )


def objective_page(engagement, language=None):
    """The engagement's objective in ``language`` (by default the organisation's), else the page it joined from."""
    found = ObjectivePage.objects.filter(
        translation_key=engagement.objective_key, locale__language_code=language or engagement.language
    ).first()
    return found or engagement.objective


def showcase_for(objective):
    """The live showcase index for a project on ``objective``: in the objective's language, else the default one.

    Where there are several sites, the showcase of the objective's own site comes first. None without any.
    """
    home_path = objective.path[: Page.steplen * HOME_DEPTH]
    home_key = Page.objects.filter(path=home_path).values_list("translation_key", flat=True).first()
    for locale_id in dict.fromkeys([objective.locale_id, Locale.get_default().pk]):
        candidates = list(ShowcaseIndexPage.objects.live().filter(locale_id=locale_id).order_by("path"))
        if not candidates:
            continue
        home_keys = dict(
            Page.objects.filter(path__in={page.path[: len(home_path)] for page in candidates}).values_list(
                "path", "translation_key"
            )
        )
        same_site = [page for page in candidates if home_keys.get(page.path[: len(home_path)]) == home_key]
        return (same_site or candidates)[0]
    return None


def commitment_html(text):
    """The organisation's plain-text commitment as rich text: escaped paragraphs, line breaks kept."""
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if part.strip()]
    return "".join(
        "<p>" + "<br/>".join(escape(line.strip()) for line in part.splitlines()) + "</p>" for part in paragraphs
    )


def unique_slug(parent, title):
    base = slugify(title, allow_unicode=True)[:SLUG_LENGTH].strip("-") or "project"
    taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, suffix = base, 1
    while slug in taken:
        suffix += 1
        slug = f"{base}-{suffix}"
    return slug


def organisation_for(engagement, locale):
    """The organisation snippet of that name in ``locale`` (whatever the case), or a new one (not a partner)."""
    existing = (
        Organisation.objects.filter(locale=locale, name__iexact=engagement.organisation_name).order_by("pk").first()
    )
    if existing:
        return existing
    return Organisation.objects.create(
        locale=locale,
        name=engagement.organisation_name,
        organisation_type=engagement.organisation_type,
        website=engagement.website,
        is_partner=False,
    )


def create_draft_project(engagement, parent, user):
    """A draft (never live) showcase project under ``parent`` filled in from ``engagement``; logged as created.

    Links the engagement's objective in the project's language where it is translated. Raises ValidationError
    if the page cannot be saved.
    """
    locale = parent.locale
    objective = objective_page(engagement, locale.language_code)
    first = engagement.contributions.order_by("pk").first()
    page = ProjectPage(
        title=engagement.organisation_name,
        slug=unique_slug(parent, engagement.organisation_name),
        locale=locale,
        owner=user,
        live=False,
        has_unpublished_changes=True,
        description=commitment_html(engagement.commitment),
        municipality=engagement.municipality,
        website=engagement.website,
        start_year=engagement.start_year,
        contribution_value=first.amount if first else None,
        contribution_unit=first.unit if first else "",
        organisation=organisation_for(engagement, locale),
        project_objectives=[ProjectObjective(objective=objective)] if objective else [],
    )
    parent.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    engagement.project = page
    engagement.save(update_fields=["project"])
    log(
        instance=engagement,
        action="engagement.create_project",
        user=user,
        title=engagement.organisation_name,
        data={"project": page.pk, "title": page.title},
    )
    return page


# The views: mixed into the inspect view by home/engagement_admin.py, so that bad input shows it again.


class EngagementActionMixin:
    """A decision posted from the inspect view; on bad input the inspect view again, with a 400.

    Needs ``home.change_engagement``. ``do_<action>`` returns None to go back to the inspect view, an error
    message for a 400, or a response.
    """

    http_method_names = ["post"]
    any_permission_required = None
    action = None  # "approve", "approve_with_project" or "reject"

    def dispatch(self, request, *args, **kwargs):
        if not ModelPermissionPolicy(Engagement).user_has_permission(request.user, "change"):
            return forbidden(request, self.forbidden_message)
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        response = getattr(self, f"do_{self.action}")(request.POST)
        if response is None:
            return redirect(reverse("engagements:inspect", args=[self.object.pk]))
        if isinstance(response, str):
            messages.error(request, response)
            return self.render_to_response(self.get_context_data(), status=400)
        return response

    def locked(self):
        return Engagement.objects.select_for_update().get(pk=self.object.pk)

    def tell_organisation(self, engagement):
        """E-mail the decision; warn the editor when it could not be sent (the decision stands)."""
        try:
            sent = notify_decision(engagement)
        except Exception:
            logger.exception("Could not e-mail the decision on engagement %s", engagement.pk)
            sent = 0
        if not sent:
            messages.warning(
                self.request,
                _(
                    "The decision is saved. The e-mail to the organisation could not be sent yet; it will be sent "
                    "again automatically."
                ),
            )

    def decide(self, status, reason=""):
        """Record the decision (unless it is the engagement's status already) and e-mail it; True if it changed."""
        with transaction.atomic():
            engagement = self.locked()
            changed = engagement.status != status
            if changed:
                decide(engagement, status, self.request.user, reason)
        self.object = engagement
        if changed:
            self.tell_organisation(engagement)
        return changed

    def do_approve(self, data):
        if self.decide(Status.APPROVED):
            messages.success(
                self.request,
                _("The engagement of %(organisation)s is approved; the organisation has been told by e-mail.")
                % {"organisation": self.object.organisation_name},
            )
        else:
            messages.info(self.request, _("This engagement was already approved."))
        return None

    def do_reject(self, data):
        reason = data.get("reason", "").strip()
        if not reason:
            return _("Give the reason for the rejection: it is sent to the organisation.")
        limit = Engagement._meta.get_field("rejection_reason").max_length
        if len(reason) > limit:
            return _("The reason can hold at most %(limit)s characters.") % {"limit": limit}
        if self.decide(Status.REJECTED, reason):
            messages.success(
                self.request,
                _("The engagement of %(organisation)s is rejected; the organisation has been told by e-mail.")
                % {"organisation": self.object.organisation_name},
            )
        else:
            messages.info(self.request, _("This engagement was already rejected."))
        return None

    def do_approve_with_project(self, data):
        self.decide(Status.APPROVED)
        with transaction.atomic():
            engagement = self.object = self.locked()
            if engagement.project_id:
                messages.info(self.request, _("This engagement already has a showcase project."))
                return redirect(reverse("wagtailadmin_pages:edit", args=[engagement.project_id]))
            objective = objective_page(engagement)
            parent = showcase_for(objective) if objective else None
            if parent is None:
                messages.warning(
                    self.request, _("The engagement is approved, but there is no showcase page to add a project to.")
                )
                return None
            try:
                with transaction.atomic():
                    project = create_draft_project(engagement, parent, self.request.user)
            except ValidationError as error:
                logger.warning("No draft project for engagement %s: %s", engagement.pk, error)
                messages.error(
                    self.request,
                    _("The engagement is approved, but the draft project could not be created: %(error)s")
                    % {"error": "; ".join(error.messages)},
                )
                return None
        messages.success(
            self.request,
            _(
                "The engagement is approved and this draft project was made from it. Complete it (place, images, "
                "partners), then publish it."
            ),
        )
        return redirect(reverse("wagtailadmin_pages:edit", args=[project.pk]))
