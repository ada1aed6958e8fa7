"""The scan's wizard: django-formtools' NamedUrlSessionWizardView over a ScanResponse draft row.

Every valid step is written to the draft at once (the session only remembers which draft is this visitor's,
per scan), so a refresh, a language switch or another device (through the resume link) continues where the
company left off. Steps are the fixed introduction and company profile, the questionnaire's steps that apply
to the company, and a last check; a step cannot be reached before the ones before it are answered.
"""

import logging
from collections import OrderedDict

from django.contrib import messages
from django.core.exceptions import SuspiciousOperation
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _
from formtools.wizard.forms import ManagementForm
from formtools.wizard.storage.base import BaseStorage
from formtools.wizard.views import NamedUrlSessionWizardView, WizardView

from scan.forms import CheckForm, ConsentForm, ProfileForm, QuestionStepForm
from scan.models import ScanResponse
from scan.submission import submit_response

logger = logging.getLogger(__name__)

SESSION_KEY = "scan_drafts"
INTRO, PROFILE, CHECK, DONE = "intro", "profile", "check", "done"
PROFILE_FIELDS = [
    "company_name",
    "sector",
    "staff",
    "tenure",
    "postcode",
    "municipality",
    "province",
    "total_area",
    "built_area",
    "outdoor_area",
    "parking_area",
    "borders",
    "buys_risky_commodities",
    "risky_commodities",
    "sells_food",
    "finances",
    "primary_production",
    "contact_name",
    "contact_email",
    "contact_consent",
]


def session_drafts(request):
    return request.session.get(SESSION_KEY, {})


def remember_draft(request, scan_key, token):
    drafts = dict(session_drafts(request))
    drafts[str(scan_key)] = token
    request.session[SESSION_KEY] = drafts


def forget_draft(request, scan_key):
    drafts = dict(session_drafts(request))
    if drafts.pop(str(scan_key), None) is not None:
        request.session[SESSION_KEY] = drafts


class ScanResponseStorage(BaseStorage):
    """formtools storage kept in the company's ScanResponse draft (none exists before consent is given)."""

    def __init__(self, prefix, request=None, file_storage=None):
        super().__init__(prefix, request, file_storage)
        self.response = None
        self.submitted = None  # this visitor's response, already submitted (see attach)
        self.response_changed = False  # answers of a valid step, written with the wizard's state
        self.scan_key = None
        self.init_data()

    def attach(self, scan_key):
        """Load this visitor's draft for the scan, if the session knows one that is still a draft."""
        self.scan_key = scan_key
        token = session_drafts(self.request).get(str(scan_key))
        if token:
            self.response = ScanResponse.objects.filter(
                token=token, scan_key=scan_key, status=ScanResponse.Status.DRAFT
            ).first()
            if self.response is None:
                # Submitted while the answer was lost on the way (a 503 after the commit): its results, not a restart.
                self.submitted = ScanResponse.objects.filter(
                    token=token, scan_key=scan_key, status=ScanResponse.Status.SUBMITTED
                ).first()
                forget_draft(self.request, scan_key)
        if self.response is not None and self.response.wizard_state:
            self.data = self.response.wizard_state
            for key in (self.step_data_key, self.step_files_key, self.extra_data_key):
                self.data.setdefault(key, {})
            self.data.setdefault(self.step_key, None)
        self._saved = self._snapshot()

    def _snapshot(self):
        import json

        return json.dumps(self.data, sort_keys=True, default=str)

    def reset(self):
        super().reset()
        if self.scan_key is not None and self.request is not None:
            forget_draft(self.request, self.scan_key)
        self.response = None

    def save(self):
        """Write the wizard's state, and the answers of a valid step, to the draft now (one UPDATE), if they changed."""
        if self.response is None or self.response.status != ScanResponse.Status.DRAFT:
            return
        snapshot = self._snapshot()
        if self.response_changed:
            self.response.wizard_state = self.data
            self.response.save()
        elif snapshot != self._saved:
            self.response.wizard_state = self.data
            self.response.save(update_fields=["wizard_state", "updated_at"])
        self._saved = snapshot
        self.response_changed = False

    def update_response(self, response):
        self.save()
        super().update_response(response)


class ScanWizard(NamedUrlSessionWizardView):
    storage_name = "scan.wizard.ScanResponseStorage"
    template_name = "scan/wizard_step.html"
    done_step_name = DONE
    page = None

    # Setup ------------------------------------------------------------------------------------------------

    def get_prefix(self, request, *args, **kwargs):
        return f"scan_{self.page.translation_key.hex}"

    def dispatch(self, request, *args, **kwargs):
        self.definition = self.page.definition
        # Once per request (``page.url`` asks the cache for the site's root paths every time).
        self.page_url = self.page.get_url(request)
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        self.storage.attach(self.page.translation_key)
        step = kwargs.get("step")
        form_list = self.get_form_list()
        if step in form_list:
            first_open = self.first_unanswered_step()
            if first_open is not None and list(form_list).index(step) > list(form_list).index(first_open):
                messages.info(request, _("Please answer this step first."))
                self.storage.current_step = first_open
                return redirect(self.get_step_url(first_open))
        elif step not in (None, self.done_step_name):
            return redirect(self.get_step_url(self.storage.current_step or self.steps.first))
        return super().get(request, *args, **kwargs)

    def post(self, *args, **kwargs):
        self.storage.attach(self.page.translation_key)
        if self.storage.submitted is not None:
            # A step sent again after the scan was submitted (its reply never arrived): show the results.
            return redirect(f"{self.page_url}results/{self.storage.submitted.token}/")
        step = kwargs.get("step")
        form_list = self.get_form_list()
        management = ManagementForm(self.request.POST, prefix=self.prefix)
        if not management.is_valid():
            raise SuspiciousOperation("The scan's management form is missing or was changed.")
        posted_step = management.cleaned_data["current_step"]
        if posted_step not in form_list or posted_step != step:
            return self.render_stale(step if step in form_list else None)
        first_open = self.first_unanswered_step()
        if first_open is not None and list(form_list).index(posted_step) > list(form_list).index(first_open):
            return self.render_stale(first_open)
        goto = self.request.POST.get("wizard_goto_step")
        if goto and goto not in form_list:
            return self.render_stale(step)
        self.storage.current_step = posted_step
        response = super().post(*args, **kwargs)
        if response.status_code == 200:
            # The step was shown again with errors: that is a bad request, and the browser should know it.
            response.status_code = 400
        return response

    def render_stale(self, step):
        """A POST for a step that no longer exists, is not this one, or comes too early: say so, keep everything."""
        current = step or self.first_unanswered_step() or self.steps.first
        return TemplateResponse(
            self.request,
            "scan/stale_step.html",
            {"page": self.page, "continue_url": self.get_step_url(current), "self": self.page},
            status=409,
        )

    # Steps ------------------------------------------------------------------------------------------------

    def current_answers(self):
        response = self.storage.response
        return response.all_answers() if response is not None else {}

    def get_form_list(self):
        answers = self.current_answers()
        steps = OrderedDict([(INTRO, ConsentForm), (PROFILE, ProfileForm)])
        for step in self.definition.applicable_steps(answers):
            steps[step.code] = QuestionStepForm
        steps[CHECK] = CheckForm
        # formtools clears these after each valid step; the list is recomputed from the answers anyway.
        self._resolved_form_list, self._cache_signature = steps, None
        return steps

    def first_unanswered_step(self):
        for step in self.get_form_list():
            if step == CHECK:
                return None
            if self.storage.get_step_data(step) is None:
                return step
        return None

    def get_step_url(self, step):
        return f"{self.page_url}{step}/"

    def get_form_kwargs(self, step=None):
        kwargs = super().get_form_kwargs(step)
        question_step = self.definition.step(step)
        if question_step is not None:
            kwargs["questions"] = question_step.applicable_questions(self.current_answers())
        return kwargs

    def get_form_step_data(self, form):
        """What the draft keeps of a valid step: the posted values of the form's own fields, and nothing else of the
        POST (a doctored form's other keys are dropped). Nor NUL characters: PostgreSQL cannot store them in the draft,
        and no answer needs one (the forms refuse them in text; a ticked checkbox sends "on")."""
        names = {form.add_prefix(name) for name in form.fields}
        return MultiValueDict(
            {key: [value.replace("\x00", "") for value in values] for key, values in form.data.lists() if key in names}
        )

    def get_form_initial(self, step):
        if step == PROFILE and self.storage.response is not None and self.storage.get_step_data(PROFILE) is None:
            return {"contact_email": self.storage.response.contact_email}
        return super().get_form_initial(step)

    # Saving each step at once -----------------------------------------------------------------------------

    def process_step(self, form):
        step = self.steps.current
        if step == INTRO:
            self.start_draft()
        response = self.storage.response
        if response is not None:
            if step == PROFILE:
                for name in PROFILE_FIELDS:
                    setattr(response, name, form.cleaned_data.get(name))
                response.contact_name = response.contact_name or ""
                response.contact_email = response.contact_email or ""
                response.municipality = response.municipality or ""
            elif isinstance(form, QuestionStepForm):
                asked = {question.code for question in form.questions}
                step_definition = self.definition.step(step)
                for question in step_definition.questions if step_definition else []:
                    if question.code not in asked:
                        response.answers.pop(question.code, None)
                response.answers.update(form.answers())
            response.language = translation.get_language()
            # Written with the wizard's state when the response goes out (ScanResponseStorage.save).
            self.storage.response_changed = True
        return super().process_step(form)

    def start_draft(self):
        if self.storage.response is not None:
            return
        response = ScanResponse.objects.create(
            scan_key=self.page.translation_key,
            page=self.page,
            language=translation.get_language(),
            consent_version=self.page.consent_version,
            consent_given_at=timezone.now(),
        )
        self.storage.response = response
        remember_draft(self.request, self.page.translation_key, response.token)

    # Rendering --------------------------------------------------------------------------------------------

    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        form_list = list(self.get_form_list())
        index = form_list.index(self.steps.current)
        context.update(
            {
                "page": self.page,
                "self": self.page,
                "step_code": self.steps.current,
                "step_definition": self.definition.step(self.steps.current),
                "step_number": index + 1,
                "step_count": len(form_list),
                "progress_percent": round(100 * (index + 1) / len(form_list)),
                "previous_step": form_list[index - 1] if index > 0 else None,
                "response": self.storage.response,
                "save_url": f"{self.page_url}save/",
            }
        )
        if isinstance(form, QuestionStepForm):
            context["question_fields"] = [(form[question.code], question.unit) for question in form.questions]
        if self.steps.current == CHECK:
            context["summary"] = self.summary()
        return context

    def summary(self):
        """Every answered step with its answers as the company saw them, and a link to change it."""
        from scan.presentation import answer_summary

        response = self.storage.response
        return answer_summary(self.definition, response, change_url=self.get_step_url) if response else []

    def render_done(self, form, **kwargs):
        # Submit straight from the check step's POST (formtools would first redirect to a "done" URL).
        return WizardView.render_done(self, form, **kwargs)

    def render_revalidation_failure(self, failed_step, form, **kwargs):
        messages.warning(self.request, _("Some answers need another look before you can finish."))
        return super().render_revalidation_failure(failed_step, form, **kwargs)

    def done(self, form_list, form_dict=None, **kwargs):
        response = self.storage.response
        if response is None:
            return redirect(self.page_url)
        answers = {}
        for form in (form_dict or {}).values():
            if isinstance(form, QuestionStepForm):
                answers.update(form.answers())
        with transaction.atomic():
            submit_response(response, self.page, answers, language=translation.get_language())
        logger.info("Scan response %s submitted", response.pk)
        forget_draft(self.request, self.page.translation_key)
        self.storage.response = None
        return redirect(f"{self.page_url}results/{response.token}/")


def wizard_view(request, page, step):
    return ScanWizard.as_view(form_list=[(INTRO, ConsentForm)], url_name="scan", page=page)(request, step=step)
