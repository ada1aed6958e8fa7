"""Admin registrations of the home app: the alliance's snippets, the editors' review of engagements, and event
registrations with their workshop allocation."""

from django.contrib.auth.models import Permission
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet

from home.engagement_admin import engagement_viewset
from home.models import Registration
from home.registration_admin import registration_viewset
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


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return registration_viewset


@hooks.register("register_permissions")
def register_allocation_run_permissions():
    return Permission.objects.filter(content_type__app_label="home", codename="view_allocationrun")


@hooks.register("register_log_actions")
def register_registration_log_actions(actions):
    @actions.register_action("registration.allocate")
    class AllocateFormatter(LogFormatter):
        label = _("Allocate workshops")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            count = data.get("registrants", 0)
            return ngettext(
                "Workshops allocated to %(count)s registrant; %(percent)s%% got their first choice",
                "Workshops allocated to %(count)s registrants; %(percent)s%% got their first choice",
                count,
            ) % {"count": count, "percent": round(100 * (data.get("first_choice_share") or 0))}

    @actions.register_action("registration.email_workshops")
    class EmailWorkshopsFormatter(LogFormatter):
        label = _("E-mail the workshops")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            sent = data.get("sent", 0)
            return ngettext(
                "Workshops e-mailed to %(sent)s registrant (%(failed)s failed)",
                "Workshops e-mailed to %(sent)s registrants (%(failed)s failed)",
                sent,
            ) % {"sent": sent, "failed": data.get("failed", 0)}

    @actions.register_action("registration.workshops")
    class MoveFormatter(LogFormatter):
        label = _("Change workshops by hand")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            return _("Workshops changed by hand from “%(before)s” to “%(after)s”") % {
                "before": "; ".join(data.get("from") or []) or "—",
                "after": "; ".join(data.get("to") or []) or "—",
            }

    @actions.register_action("registration.cancel")
    class CancelFormatter(LogFormatter):
        label = _("Cancel registration")

        def format_message(self, log_entry):
            return _("Cancelled by an editor (was “%(status)s”)") % {
                "status": Registration.Status((log_entry.data or {}).get("from", "confirmed")).label
            }

    @actions.register_action("registration.promote")
    class PromoteFormatter(LogFormatter):
        label = _("Move up from the waiting list")

        def format_message(self, log_entry):
            return _("Moved up from the waiting list when a place came free")


# Two-factor authentication for the admin (home/two_factor.py): its pages, the account menu's entry, the users
# listing's reset button, and the audit log's actions. Nothing shows while ADMIN_REQUIRE_2FA is off.
@hooks.register("register_admin_urls")
def register_two_factor_urls():
    from home.two_factor_views import urlpatterns

    return urlpatterns


@hooks.register("register_account_menu_item")
def register_two_factor_account_menu_item(request):
    from django.urls import reverse

    from home import two_factor

    if two_factor.required():
        return {
            "url": reverse(two_factor.MANAGE),
            "label": _("Two-factor authentication"),
            "help_text": _("Your authenticator app: remove it to move to a new phone."),
        }
    return None


@hooks.register("register_user_listing_buttons")
def register_two_factor_reset_button(user, request_user):
    from django.urls import reverse
    from wagtail.admin.widgets import Button

    from home import two_factor

    if two_factor.required() and user.pk != request_user.pk and two_factor.may_reset(request_user, user):
        yield Button(
            _("Reset two-factor authentication"),
            url=reverse(two_factor.RESET, args=[user.pk]),
            icon_name="key",
            priority=90,
        )


@hooks.register("register_log_actions")
def register_two_factor_log_actions(actions):
    @actions.register_action("two_factor.enrol")
    class EnrolFormatter(LogFormatter):
        label = _("Set up two-factor authentication")
        message = _("Two-factor authentication set up")

    @actions.register_action("two_factor.remove")
    class RemoveFormatter(LogFormatter):
        label = _("Remove own authenticator")
        message = _("Own authenticator removed")

    @actions.register_action("two_factor.reset")
    class ResetFormatter(LogFormatter):
        label = _("Reset two-factor authentication")
        message = _("Two-factor authentication reset by an administrator")
