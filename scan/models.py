"""The scan's models: the questionnaire page (content) and the companies' responses (data)."""

import math
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail_localize.fields import SynchronizedField

from cms.page_cache import LocalCopies
from home.models import BasePage
from scan import questionnaire as q
from scan.blocks import LadderStepBlock, LevelBlock, QuestionnaireBlock, TagReasonBlock
from scan.choices import Sector, StaffSize, Tenure

# Questionnaires built for served pages, by page, published revision and language (ScanPage.definition).
served_definitions = LocalCopies(size=32)

TOKEN_BYTES = 32  # 256 bits, well above the 128 the resume and results links need


def new_token():
    return secrets.token_urlsafe(TOKEN_BYTES)


class ScanPage(RoutablePageMixin, BasePage):
    """The biodiversity scan: the questionnaire as content, served as a multi-step wizard under the page's URL."""

    introduction = RichTextField(_("introduction"), blank=True, features=["h3", "bold", "italic", "link", "ul"])
    privacy_notice = RichTextField(
        _("privacy notice"),
        features=["h3", "bold", "italic", "link", "ul"],
        help_text=_("Purpose, retention and who to contact; shown before the first step."),
    )
    consent_version = models.CharField(
        _("version of the privacy notice"),
        max_length=40,
        default="1",
        help_text=_("Stored with each response; change it whenever the privacy notice changes."),
    )
    questionnaire = StreamField(QuestionnaireBlock(), verbose_name=_("themes and steps"), blank=True)
    levels = StreamField([("level", LevelBlock())], verbose_name=_("levels"), blank=True)
    ladder = StreamField([("step", LadderStepBlock())], verbose_name=_("biodiversity ladder"), blank=True)
    ladder_theme = models.CharField(
        _("ladder theme"),
        max_length=50,
        default="governance",
        help_text=_("The code of the theme whose score places the company on the ladder."),
    )
    tag_reasons = StreamField([("tag", TagReasonBlock())], verbose_name=_("tags"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("privacy_notice")]
    questionnaire_panels = [FieldPanel("questionnaire")]
    scoring_panels = [
        FieldPanel("levels"),
        MultiFieldPanel([FieldPanel("ladder_theme"), FieldPanel("ladder")], heading=_("Biodiversity ladder")),
        FieldPanel("tag_reasons"),
        FieldPanel("consent_version"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(questionnaire_panels, heading=_("Questionnaire")),
            ObjectList(scoring_panels, heading=_("Scoring")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    # Codes, points, weights, tags and conditions live in StreamField blocks that wagtail-localize keeps in
    # sync; these plain fields are codes too.
    override_translatable_fields = [SynchronizedField("consent_version"), SynchronizedField("ladder_theme")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "scan/scan_page.html"

    class Meta:
        verbose_name = _("biodiversity scan")

    def clean(self):
        super().clean()
        problems = q.validate(self.questionnaire.raw_data, self.levels.raw_data, self.ladder.raw_data)
        if (
            self.ladder_theme
            and self.ladder
            and self.ladder_theme
            not in {block["value"].get("code") for block in self.questionnaire.raw_data if block["type"] == "theme"}
        ):
            problems.append(
                str(_("The ladder theme “%(code)s” is not a theme of the questionnaire.")) % {"code": self.ladder_theme}
            )
        if problems:
            raise ValidationError({"questionnaire": [ValidationError(problem) for problem in problems]})

    # A served page is loaded without these (cms/routing.py): its questionnaire is built from them once per process,
    # revision and language, so each step does not read and parse them again.
    deferred_when_served = ("questionnaire", "levels", "ladder", "tag_reasons")

    @cached_property
    def definition(self):
        """This page's questionnaire as plain data (scan.questionnaire.Questionnaire), built once per content and
        language in each process (see scan.questionnaire.build_cached): republishing the page is seen at once.

        A page loaded for serving, without its questionnaire's fields, finds it by its published revision instead
        (``served_definitions``); the fields are read only the first time."""
        if not self.get_deferred_fields().issuperset(self.deferred_when_served):
            return self._build_definition()
        key = (self.pk, self.live_revision_id, self.last_published_at, translation.get_language())
        definition = served_definitions.get(key)
        if definition is None:
            self.refresh_from_db(fields=list(self.deferred_when_served))
            definition = self._build_definition()
            served_definitions.set(key, math.inf, definition)
        return definition

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # A page saved without a new revision keeps its key: forget this process's definitions (other processes
        # see content only through publishing, which gives a new key).
        served_definitions.clear()

    def _build_definition(self):
        return q.build_cached(
            self.questionnaire.raw_data,
            self.levels.raw_data,
            self.ladder.raw_data,
            self.tag_reasons.raw_data,
            ladder_theme=self.ladder_theme,
        )

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # A company's answers and results are its own: never stored by a shared cache.
        patch_cache_control(response, private=True, no_store=True)
        return response

    def serve_preview(self, request, mode_name):
        """Editors preview the whole questionnaire (every step, question and scoring rule) on one page."""
        from django.template.response import TemplateResponse

        return TemplateResponse(request, self.template, self.get_context(request))

    # The wizard and the results live under the page's URL, in each language.

    @path("")
    def start(self, request):
        from scan.views import wizard_view

        return wizard_view(request, page=self, step=None)

    @path("results/<str:token>/")
    def results(self, request, token):
        from scan.views import results_view

        return results_view(request, page=self, token=token)

    @path("results/<str:token>/<slug:action>/")
    def results_action(self, request, token, action):
        from scan.views import results_action_view

        return results_action_view(request, page=self, token=token, action=action)

    @path("resume/<str:token>/")
    def resume(self, request, token):
        from scan.views import resume_view

        return resume_view(request, page=self, token=token)

    @path("save/")
    def save_for_later(self, request):
        from scan.views import save_for_later_view

        return save_for_later_view(request, page=self)

    @path("<slug:step>/")
    def wizard_step(self, request, step):
        from scan.views import wizard_view

        return wizard_view(request, page=self, step=step)


class ScanResponse(models.Model):
    """A company's answers to the scan: a draft while it answers, then a submitted response with its scores."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")

    class Review(models.TextChoices):
        NEW = "new", _("New")
        IN_REVIEW = "in_review", _("In review")
        CONTACTED = "contacted", _("Contacted")
        CLOSED = "closed", _("Closed")

    token = models.CharField(_("token"), max_length=64, unique=True, default=new_token, editable=False)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.DRAFT, db_index=True)
    scan_key = models.UUIDField(_("questionnaire"), db_index=True, help_text=_("The translation key of the scan page."))
    page = models.ForeignKey(
        ScanPage, verbose_name=_("scan page"), null=True, on_delete=models.SET_NULL, related_name="responses"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("questionnaire revision"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The revision of the scan page the response was answered against."),
    )
    language = models.CharField(_("language"), max_length=8, db_index=True)
    created_at = models.DateTimeField(_("started"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("last activity"), auto_now=True, db_index=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True, db_index=True)

    # Consent.
    consent_version = models.CharField(_("version of the privacy notice"), max_length=40, blank=True)
    consent_given_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    contact_consent = models.BooleanField(_("may be contacted"), default=False)

    # The company profile: real columns so that advisors can filter on them.
    company_name = models.CharField(_("company name"), max_length=200, blank=True)
    sector = models.CharField(_("sector"), max_length=2, choices=Sector.choices, blank=True, db_index=True)
    staff = models.CharField(_("staff"), max_length=16, choices=StaffSize.choices, blank=True)
    tenure = models.CharField(_("owner or tenant"), max_length=16, choices=Tenure.choices, blank=True)
    postcode = models.CharField(_("postcode"), max_length=4, blank=True)
    municipality = models.CharField(_("municipality"), max_length=120, blank=True)
    province = models.CharField(_("province"), max_length=32, blank=True, db_index=True)
    total_area = models.PositiveIntegerField(_("total site area (m²)"), null=True, blank=True)
    built_area = models.PositiveIntegerField(_("built area (m²)"), null=True, blank=True)
    outdoor_area = models.PositiveIntegerField(_("outdoor area (m²)"), null=True, blank=True)
    parking_area = models.PositiveIntegerField(_("parking area (m²)"), null=True, blank=True)
    borders = models.JSONField(_("what borders the site"), default=list, blank=True)
    buys_risky_commodities = models.BooleanField(_("buys risky commodities"), null=True, blank=True)
    risky_commodities = models.JSONField(_("risky commodities bought"), default=list, blank=True)
    sells_food = models.BooleanField(_("produces or serves food"), null=True, blank=True)
    finances = models.BooleanField(_("finances or invests"), null=True, blank=True)
    primary_production = models.BooleanField(_("manages farmland, forest or extraction land"), null=True, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)

    # Answers by code, the wizard's state, and what the scan computed on submission.
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    wizard_state = models.JSONField(default=dict, blank=True, editable=False)
    theme_scores = models.JSONField(_("theme scores"), default=list, blank=True)
    overall_score = models.DecimalField(
        _("overall score"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        db_index=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    level = models.CharField(_("level"), max_length=50, blank=True, db_index=True)
    ladder_step = models.CharField(_("ladder step"), max_length=50, blank=True)
    facts = models.JSONField(_("facts"), default=dict, blank=True)
    suggestions = models.JSONField(_("suggestions"), default=list, blank=True)

    wants_contact = models.BooleanField(_("asked for contact"), default=False, db_index=True)
    contact_requested_at = models.DateTimeField(_("contact asked"), null=True, blank=True)

    # The advisors' follow-up.
    review_status = models.CharField(
        _("follow-up status"), max_length=16, choices=Review.choices, default=Review.NEW, db_index=True
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned advisor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_scans",
    )

    class Meta:
        verbose_name = _("scan response")
        verbose_name_plural = _("scan responses")
        ordering = ["-submitted_at", "-created_at"]
        indexes = [models.Index(fields=["status", "updated_at"], name="scan_draft_activity")]

    def __str__(self):
        return self.company_name or str(_("Scan response %(id)s")) % {"id": self.pk}

    @property
    def is_submitted(self):
        return self.status == self.Status.SUBMITTED

    INTAKE_BOOLEANS = ("buys_risky_commodities", "sells_food", "finances", "primary_production")
    INTAKE_NUMBERS = ("total_area", "built_area", "outdoor_area", "parking_area")
    INTAKE_CHOICES = ("sector", "staff", "tenure", "borders", "risky_commodities")

    def intake_answers(self):
        """The company profile under the names conditions use (see scan.questionnaire.INTAKE_FIELDS)."""
        values = {}
        for name in self.INTAKE_NUMBERS:
            values[name] = getattr(self, name)
        for name in self.INTAKE_BOOLEANS:
            value = getattr(self, name)
            values[name] = None if value is None else (q.YES if value else q.NO)
        for name in self.INTAKE_CHOICES:
            values[name] = getattr(self, name)
        return {name: value for name, value in values.items() if value not in (None, "", [])}

    def all_answers(self):
        """Intake and questionnaire answers in one dict, as scoring, matching and conditions take them."""
        return {**self.answers, **self.intake_answers()}


class ScanNote(models.Model):
    """An advisor's note on a submitted scan, shown in the response's timeline."""

    response = models.ForeignKey(
        ScanResponse, verbose_name=_("scan response"), on_delete=models.CASCADE, related_name="notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(_("note"), max_length=5000)
    created_at = models.DateTimeField(_("written"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("note")
        verbose_name_plural = _("notes")
        ordering = ["-created_at"]

    def __str__(self):
        return self.text[:60]


__all__ = ["ScanNote", "ScanPage", "ScanResponse", "new_token"]
