"""The scan's views under the ScanPage's URL: the wizard, results and their actions, resume and save-for-later."""

import logging

from django import forms
from django.contrib import messages
from django.core.mail import EmailMessage
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cms.page_cache import shared_value
from home.mail import deliver
from home.models import ObjectivePage
from scan import presentation
from scan.forms import ScanForm
from scan.models import ScanResponse
from scan.notifications import notify_advisors_of_contact_request
from scan.submission import suggestions_for
from scan.wizard import forget_draft, remember_draft, session_drafts, wizard_view  # noqa: F401 -- the page's routes

logger = logging.getLogger(__name__)
TOKEN_MAX_LENGTH = 64
MAIL_FAILED = gettext_lazy(
    "We could not send the e-mail just now; it will be sent as soon as our mail server answers. "
    "Meanwhile, copy the link on this page."
)


class EmailForm(ScanForm):
    email = forms.EmailField(
        label=gettext_lazy("E-mail address"),
        error_messages={
            "required": gettext_lazy("Enter your e-mail address."),
            "invalid": gettext_lazy("Enter a valid e-mail address."),
        },
    )


class ContactForm(EmailForm):
    name = forms.CharField(label=gettext_lazy("Your name"), max_length=200, required=False)
    consent = forms.BooleanField(
        label=gettext_lazy("An advisor of the alliance may contact me about this scan."),
        error_messages={"required": gettext_lazy("Please agree to be contacted, or we cannot contact you.")},
    )


def get_submitted(page, token):
    if not token or len(token) > TOKEN_MAX_LENGTH:
        raise Http404(_("There are no such results."))
    response = ScanResponse.objects.filter(
        token=token, scan_key=page.translation_key, status=ScanResponse.Status.SUBMITTED
    ).first()
    if response is None:
        raise Http404(_("There are no such results."))
    return response


def absolute(request, path):
    return request.build_absolute_uri(path)


def results_url(page, response):
    return f"{page.url}results/{response.token}/"


SHOWN_SUGGESTIONS = 3  # templates/scan/includes/results_content.html shows the first three
# What a link to an example project needs: its title and its URL.
PROJECT_LINK_FIELDS = ("id", "title", "url_path", "path", "depth", "locale_id", "translation_key")


def objectives_for_suggestions(locale_id, keys):
    """The live objective pages of ``keys`` in the language, in that order, with their criteria and, for the first
    ones shown, two or three example projects: one query, plus one per objective shown. They only change when
    content is published, so they are remembered until then (cms/page_cache.py)."""

    def load():
        objectives = {
            str(objective.translation_key): objective
            for objective in ObjectivePage.objects.live().filter(locale_id=locale_id, translation_key__in=keys)
        }
        found = []
        for key in keys:
            objective = objectives.get(key)
            if objective is None:
                continue
            shown = len(found) < SHOWN_SUGGESTIONS
            # Only the columns of a link: DISTINCT over whole project pages costs PostgreSQL dearly.
            projects = objective.model_projects().select_related(None).only(*PROJECT_LINK_FIELDS) if shown else []
            found.append(
                {
                    "key": key,
                    "objective": objective,
                    "criteria": [block.value for block in objective.criteria],
                    "projects": list(projects[:3]),
                }
            )
        return found

    return shared_value("suggested-objectives", [locale_id, *keys], load)


def suggested_objectives(page, response):
    """The suggestions with their objective pages, criteria and, for those shown, two or three example projects."""
    suggestions, advice = suggestions_for(page, response)
    reasons = {suggestion.objective.key: suggestion.reasons for suggestion in suggestions}
    found = objectives_for_suggestions(page.locale_id, list(reasons))
    items = [{**item, "reasons": reasons[item["key"]]} for item in found]
    return items, advice


def results_context(request, page, response, *, for_pdf=False):
    definition = page.definition
    rows = presentation.theme_rows(definition, response)
    scored = [row for row in rows if row["percent"] is not None]
    level = next((level for level in definition.levels if level.code == response.level), None)
    ladder = sorted(definition.ladder, key=lambda step: step.minimum)
    suggestions, advice = suggested_objectives(page, response)
    return {
        "page": page,
        "self": page,
        "response": response,
        "overall": None if response.overall_score is None else round(float(response.overall_score)),
        "level": level,
        "levels": sorted(definition.levels, key=lambda level: level.minimum),
        "ladder": ladder,
        "ladder_step": next((step for step in ladder if step.code == response.ladder_step), None),
        "themes": rows,
        "chart": presentation.chart(rows),
        "strongest": max(scored, key=lambda row: row["percent"]) if scored else None,
        "weakest": min(scored, key=lambda row: row["percent"]) if scored else None,
        "weak_themes": [row for row in scored if row["percent"] < presentation.WEAK_THEME and row["advice"]],
        "suggestions": suggestions,
        "advice": advice,
        "sector": presentation.sector_comparison(response),
        "facts": response.facts,
        "results_url": absolute(request, results_url(page, response)),
        "action_url": results_url(page, response),
        "email_form": EmailForm(initial={"email": response.contact_email}),
        "contact_form": ContactForm(
            initial={
                "email": response.contact_email,
                "name": response.contact_name,
                "consent": response.contact_consent,
            }
        ),
        "for_pdf": for_pdf,
        "summary": presentation.answer_summary(definition, response),
    }


def results_view(request, page, token):
    response = get_submitted(page, token)
    context = results_context(request, page, response)
    return TemplateResponse(request, "scan/results.html", context, headers={"X-Robots-Tag": "noindex"})


def results_action_view(request, page, token, action):
    response = get_submitted(page, token)
    if action == "pdf":
        return results_pdf(request, page, response)
    if action not in {"email", "contact", "delete"}:
        raise Http404(_("There is no such action."))
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if action == "delete":
        forget_draft(request, page.translation_key)
        response.delete()
        messages.success(request, _("Your scan and all its answers have been deleted."))
        return redirect(page.url)
    if action == "email":
        form = EmailForm(request.POST)
        if form.is_valid():
            if send_link(request, page, response, form.cleaned_data["email"], kind="results"):
                messages.success(request, _("We have sent the link to your results to %(email)s.") % form.cleaned_data)
            else:
                messages.error(request, MAIL_FAILED)
            return redirect(results_url(page, response))
        context = results_context(request, page, response)
        context["email_form"] = form
        return TemplateResponse(request, "scan/results.html", context, status=400)
    form = ContactForm(request.POST)
    if form.is_valid():
        response.wants_contact = True
        response.contact_consent = True
        response.contact_requested_at = timezone.now()
        response.contact_email = form.cleaned_data["email"]
        response.contact_name = form.cleaned_data["name"] or response.contact_name
        response.save(
            update_fields=["wants_contact", "contact_consent", "contact_requested_at", "contact_email", "contact_name"]
        )
        logger.info("Scan response %s asked for an advisor's contact", response.pk)
        notify_advisors_of_contact_request(request, response)
        messages.success(request, _("Thank you. An advisor of the alliance will contact you."))
        return redirect(results_url(page, response))
    context = results_context(request, page, response)
    context["contact_form"] = form
    return TemplateResponse(request, "scan/results.html", context, status=400)


def results_pdf(request, page, response):
    from weasyprint import HTML

    html = render_to_string("scan/results_pdf.html", results_context(request, page, response, for_pdf=True), request)
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf()
    filename = f"biodiversity-scan-{response.submitted_at:%Y-%m-%d}.pdf"
    return HttpResponse(
        pdf, content_type="application/pdf", headers={"Content-Disposition": f'attachment; filename="{filename}"'}
    )


def send_link(request, page, response, email, *, kind):
    """E-mail the results link or the resume link; the mail holds the link only, never the answers."""
    if kind == "results":
        url = absolute(request, results_url(page, response))
        subject = _("Your biodiversity scan results")
        template = "scan/email/results_link.txt"
    else:
        url = absolute(request, f"{page.url}resume/{response.token}/")
        subject = _("Continue your biodiversity scan")
        template = "scan/email/resume_link.txt"
    body = render_to_string(template, {"url": url, "page": page, "response": response})
    return deliver(
        EmailMessage(subject=str(subject), body=body, to=[email]), about=f"scan response {response.pk} ({kind} link)"
    )


def resume_view(request, page, token):
    """Exchange a resume link for the session, then continue on a clean URL (the token leaves the address bar)."""
    if not token or len(token) > TOKEN_MAX_LENGTH:
        raise Http404(_("This link is not valid."))
    response = ScanResponse.objects.filter(token=token, scan_key=page.translation_key).first()
    if response is None:
        raise Http404(_("This link is not valid, or the scan was deleted."))
    if response.is_submitted:
        return redirect(results_url(page, response))
    request.session.cycle_key()
    remember_draft(request, page.translation_key, response.token)
    messages.success(request, _("Welcome back. You can continue where you left off."))
    return redirect(page.url)


def save_for_later_view(request, page):
    """Show the resume link of the visitor's draft and e-mail it on request."""
    token = session_drafts(request).get(str(page.translation_key))
    response = (
        ScanResponse.objects.filter(
            token=token, scan_key=page.translation_key, status=ScanResponse.Status.DRAFT
        ).first()
        if token
        else None
    )
    if response is None:
        messages.info(request, _("Start the scan first; you can save it for later once you have begun."))
        return redirect(page.url)
    resume_url = absolute(request, f"{page.url}resume/{response.token}/")
    status = 200
    if request.method == "POST":
        form = EmailForm(request.POST)
        if form.is_valid():
            if send_link(request, page, response, form.cleaned_data["email"], kind="resume"):
                messages.success(request, _("We have sent the link to continue to %(email)s.") % form.cleaned_data)
            else:
                messages.error(request, MAIL_FAILED)
            return redirect(f"{page.url}save/")
        status = 400
    else:
        form = EmailForm(initial={"email": response.contact_email})
    return TemplateResponse(
        request,
        "scan/save_for_later.html",
        {"page": page, "self": page, "form": form, "resume_url": resume_url, "continue_url": page.url},
        status=status,
    )
