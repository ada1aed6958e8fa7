"""The admin's two-factor pages (the rules are in home/two_factor.py): set up an authenticator app, enter a code
after signing in, remove one's own authenticator (with a code from it), and reset another user's (for those who
may change users). Every page answers 404 while ADMIN_REQUIRE_2FA is off."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import TemplateView
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from home import two_factor
from home.admin_views import forbidden


class TwoFactorOnly:
    http_method_names = ["get", "post", "head", "options"]

    def dispatch(self, request, *args, **kwargs):
        if not two_factor.required():
            raise Http404
        return super().dispatch(request, *args, **kwargs)


@method_decorator(sensitive_post_parameters("code"), name="dispatch")
class SetupView(TwoFactorOnly, View):
    """Scan the QR code (or type the secret) into an authenticator app, and confirm with a code from it."""

    template_name = "home/admin/two_factor_setup.html"

    def dispatch(self, request, *args, **kwargs):
        if two_factor.required() and two_factor.confirmed_device(request.user):
            if request.user.is_verified():
                return redirect(two_factor.next_url(request))
            return redirect(two_factor.with_next(two_factor.VERIFY, two_factor.next_url(request)))
        return super().dispatch(request, *args, **kwargs)

    def render(self, form, status=200):
        device = form.device
        context = {
            "form": form,
            "qr_code": two_factor.qr_code_svg(device),
            "secret": two_factor.secret_text(device),
            "next": two_factor.next_url(self.request),
        }
        return TemplateResponse(self.request, self.template_name, context, status=status)

    def get(self, request):
        return self.render(two_factor.CodeForm(device=two_factor.pending_device(request.user)))

    def post(self, request):
        form = two_factor.CodeForm(request.POST, device=two_factor.pending_device(request.user))
        if not form.is_valid():
            return self.render(form, status=form.status)
        device = form.device
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        two_factor.verified_in_session(request, device)
        log(two_factor.user_record(request), "two_factor.enrol", user=request.user)
        messages.success(request, _("Two-factor authentication is set up. You will need a code after each login."))
        return redirect(two_factor.next_url(request))


@method_decorator(sensitive_post_parameters("code"), name="dispatch")
class VerifyView(TwoFactorOnly, View):
    """After each login: a code from the authenticator app before any other admin page."""

    template_name = "home/admin/two_factor_verify.html"

    def dispatch(self, request, *args, **kwargs):
        if two_factor.required():
            if request.user.is_verified():
                return redirect(two_factor.next_url(request))
            self.device = two_factor.confirmed_device(request.user)
            if self.device is None:
                return redirect(two_factor.with_next(two_factor.SETUP, two_factor.next_url(request)))
        return super().dispatch(request, *args, **kwargs)

    def render(self, form, status=200):
        context = {"form": form, "next": two_factor.next_url(self.request)}
        return TemplateResponse(self.request, self.template_name, context, status=status)

    def get(self, request):
        return self.render(two_factor.CodeForm(device=self.device))

    def post(self, request):
        form = two_factor.CodeForm(request.POST, device=self.device)
        if not form.is_valid():
            return self.render(form, status=form.status)
        two_factor.verified_in_session(request, form.device)
        return redirect(two_factor.next_url(request))


@method_decorator(sensitive_post_parameters("code"), name="dispatch")
class ManageView(TwoFactorOnly, WagtailAdminTemplateMixin, TemplateView):
    """From the account page: the user's authenticator, and removing it (with a code from it) to set up another."""

    template_name = "home/admin/two_factor_manage.html"
    page_title = gettext_lazy("Two-factor authentication")
    header_icon = "key"

    def dispatch(self, request, *args, **kwargs):
        if two_factor.required():
            self.device = two_factor.confirmed_device(request.user)
            if self.device is None:
                return redirect(two_factor.SETUP)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailadmin_account"), "label": _("Account")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(device=self.device, **kwargs)

    def get(self, request):
        return self.render_to_response(self.get_context_data(form=two_factor.CodeForm(device=self.device)))

    def post(self, request):
        form = two_factor.CodeForm(request.POST, device=self.device)
        if not form.is_valid():
            response = self.render_to_response(self.get_context_data(form=form))
            response.status_code = form.status
            return response
        two_factor.remove_devices(request.user)
        log(two_factor.user_record(request), "two_factor.remove", user=request.user)
        messages.success(request, _("Your authenticator was removed. Set up the new one now."))
        return redirect(two_factor.SETUP)


class ResetUserView(TwoFactorOnly, WagtailAdminTemplateMixin, TemplateView):
    """For those who may change users: remove another user's authenticator, for instance after a lost phone. They
    set up a new one the next time they open the admin; their signed-in sessions need it at once."""

    template_name = "home/admin/two_factor_reset.html"
    page_title = gettext_lazy("Reset two-factor authentication")
    header_icon = "key"

    @cached_property
    def target(self):
        return get_object_or_404(get_user_model(), pk=self.kwargs["user_id"])

    def dispatch(self, request, *args, **kwargs):
        if two_factor.required():
            if not two_factor.may_manage_users(request.user) or not two_factor.may_reset(request.user, self.target):
                return forbidden(request, _("Only people who may manage users can reset two-factor authentication."))
            if self.target.pk == request.user.pk:
                return redirect(two_factor.MANAGE)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return get_user_display_name(self.target)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailusers_users:index"), "label": _("Users")},
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            target=self.target,
            target_name=get_user_display_name(self.target),
            device=two_factor.confirmed_device(self.target),
            **kwargs,
        )

    def post(self, request, user_id):
        removed = two_factor.remove_devices(self.target)
        log(self.target, "two_factor.reset", user=request.user, data={"devices": removed})
        messages.success(
            request,
            _("Two-factor authentication of %(name)s was reset: they set up an authenticator at their next visit.")
            % {"name": get_user_display_name(self.target)},
        )
        return redirect("wagtailusers_users:index")


urlpatterns = [
    path("two-factor/", ManageView.as_view(), name=two_factor.MANAGE),
    path("two-factor/setup/", SetupView.as_view(), name=two_factor.SETUP),
    path("two-factor/verify/", VerifyView.as_view(), name=two_factor.VERIFY),
    path("two-factor/users/<int:user_id>/reset/", ResetUserView.as_view(), name=two_factor.RESET),
]
