"""Admin registrations of the home app: the alliance's snippets, and the editors' review of engagements."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet

from home.engagement_admin import engagement_viewset
from home.viewsets import AllianceSnippetGroup

register_snippet(AllianceSnippetGroup)


@hooks.register("register_admin_viewset")
def register_engagement_viewset():
    return engagement_viewset


@hooks.register("register_log_actions")
def register_engagement_log_actions(actions):
    @actions.register_action("engagement.approve")
    class ApproveFormatter(LogFormatter):
        label = _("Approve engagement")

        def format_message(self, log_entry):
            return _("Approved")

    @actions.register_action("engagement.reject")
    class RejectFormatter(LogFormatter):
        label = _("Reject engagement")

        def format_message(self, log_entry):
            reason = (log_entry.data or {}).get("reason")
            if reason:
                return _("Rejected: %(reason)s") % {"reason": reason}
            return _("Rejected")

    @actions.register_action("engagement.create_project")
    class CreateProjectFormatter(LogFormatter):
        label = _("Create showcase project")

        def format_message(self, log_entry):
            return _("Draft showcase project “%(title)s” created") % {"title": (log_entry.data or {}).get("title", "")}
