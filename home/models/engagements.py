"""Engagements: the index, the two axes and the ten objectives with their 2030 targets."""

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Prefetch
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import ListItemsBlock
from scan.questionnaire import TAGS_PATTERN, split_tags

from .base import BasePage
from .joining import Engagement, engagement_totals, with_progress

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "ol", "ul"]


class EngagementIndexPage(BasePage):
    """Lists the two axes and their objectives, and invites organisations to join."""

    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.AxisPage"]
    max_count_per_parent = 1
    template = "home/engagement_index_page.html"

    class Meta:
        verbose_name = _("engagements index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["axes"] = axes_with_objectives(self)
        context["totals"] = engagement_totals()
        return context


def targets_with_progress():
    """Prefetch an objective's targets with the approved contributions to each, summed in the same query."""
    return Prefetch("targets", queryset=with_progress(ObjectiveTarget.objects.all()), to_attr="progress_targets")


def axes_with_objectives(index_page):
    """The live axes under ``index_page``, each with its live objectives in number order and their targets'
    progress: three queries, whatever the number of objectives and engagements."""
    axes = list(AxisPage.objects.child_of(index_page).live().order_by("number", "path"))
    objectives = (
        ObjectivePage.objects.live()
        .descendant_of(index_page)
        .order_by("number", "path")
        .prefetch_related(targets_with_progress())
    )
    by_axis = {axis.path: [] for axis in axes}
    for objective in objectives:
        parent_path = objective.path[: -objective.steplen]
        if parent_path in by_axis:
            by_axis[parent_path].append(objective)
    for axis in axes:
        axis.live_objectives = by_axis[axis.path]
    return axes


class AxisPage(BasePage):
    """One of the two axes of the alliance, grouping its objectives."""

    number = models.PositiveSmallIntegerField(_("number"), validators=[MinValueValidator(1)])
    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*BasePage.content_panels, FieldPanel("number"), FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.EngagementIndexPage"]
    subpage_types = ["home.ObjectivePage"]
    template = "home/axis_page.html"

    class Meta:
        verbose_name = _("axis")
        verbose_name_plural = _("axes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["objectives"] = (
            ObjectivePage.objects.child_of(self)
            .live()
            .order_by("number", "path")
            .prefetch_related(targets_with_progress())
        )
        return context


class ObjectivePage(RoutablePageMixin, BasePage):
    """One of the ten objectives: its 2030 targets, what is to be achieved, criteria and model projects."""

    number = models.PositiveSmallIntegerField(
        _("number"), validators=[MinValueValidator(1), MaxValueValidator(99)], db_index=True
    )
    target_summary = models.TextField(
        _("2030 target in a sentence"),
        help_text=_("For example: By 2030, manage 4,000 km of linear infrastructure …"),
    )
    narrative = RichTextField(
        _("narrative"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("The problem, example actions, co-benefits."),
    )
    achievements = StreamField(ListItemsBlock(), verbose_name=_("what is to be achieved"), blank=True)
    criteria = StreamField(ListItemsBlock(), verbose_name=_("criteria the voluntary engagements must meet"), blank=True)
    scan_tags = models.CharField(
        _("scan tags"),
        max_length=500,
        blank=True,
        validators=[RegexValidator(TAGS_PATTERN, _("Use codes of lower-case letters, digits and underscores."))],
        help_text=_("Tags of scan answers that make the scan suggest this objective, separated by spaces."),
    )
    scan_themes = models.CharField(
        _("scan themes addressed"),
        max_length=255,
        blank=True,
        validators=[RegexValidator(TAGS_PATTERN, _("Use codes of lower-case letters, digits and underscores."))],
        help_text=_("Codes of the scan themes whose gaps this objective helps close, separated by spaces."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("number"),
        FieldPanel("target_summary"),
        InlinePanel("targets", label=_("2030 targets"), min_num=1),
        FieldPanel("narrative"),
        FieldPanel("achievements"),
        FieldPanel("criteria"),
    ]
    scan_panels = [FieldPanel("scan_tags"), FieldPanel("scan_themes")]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(scan_panels, heading=_("Scan")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    # Tags and themes are codes: the same in every language.
    override_translatable_fields = [SynchronizedField("scan_tags"), SynchronizedField("scan_themes")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("target_summary"),
        index.SearchField("narrative"),
        index.FilterField("number"),
    ]

    parent_page_types = ["home.AxisPage"]
    subpage_types = []
    template = "home/objective_page.html"

    class Meta:
        verbose_name = _("objective")

    @property
    def axis(self):
        return self.get_parent().specific

    @property
    def scan_tag_set(self):
        return frozenset(split_tags(self.scan_tags))

    @property
    def scan_theme_set(self):
        return frozenset(split_tags(self.scan_themes))

    def model_projects(self):
        """Live showcase projects in this page's language linked to this objective (in any language)."""
        from .showcase import ProjectObjective, ProjectPage

        # A subquery rather than a join: no duplicate rows, so no DISTINCT over every column (slow to plan).
        linked = ProjectObjective.objects.filter(objective__translation_key=self.translation_key)
        return (
            ProjectPage.objects.live()
            .filter(locale_id=self.locale_id, pk__in=linked.values("page_id"))
            .select_related("organisation", "listing_image", "image")
            .order_by("title")
        )

    def listed_engagements(self):
        """Approved engagements, in any language, of organisations that agreed to be listed: newest first."""
        return Engagement.objects.filter(
            objective_key=self.translation_key, status=Engagement.Status.APPROVED, list_publicly=True
        ).order_by("-decided_at", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Computed when the template first uses them: not at all when the body comes from the fragment cache.
        context["targets"] = SimpleLazyObject(lambda: list(with_progress(self.targets.all())))
        context["projects"] = SimpleLazyObject(lambda: list(self.model_projects()[:12]))
        context["engaged"] = SimpleLazyObject(
            lambda: {
                "listed": list(self.listed_engagements()),
                "approved_count": Engagement.objects.filter(
                    objective_key=self.translation_key, status=Engagement.Status.APPROVED
                ).count(),
            }
        )
        return context

    @path("")
    def objective(self, request):
        return self.render(request)

    @path("join/")
    def join(self, request):
        from home.join import join_view

        return join_view(request, self)

    @path("join/thanks/")
    def join_thanks(self, request):
        from home.join import thanks_view

        return thanks_view(request, self)


class ObjectiveTarget(TranslatableMixin, Orderable):
    """A quantified 2030 target of an objective. Value and year are kept in sync across languages."""

    page = ParentalKey(ObjectivePage, on_delete=models.CASCADE, related_name="targets")
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2, validators=[MinValueValidator(0)])
    unit = models.CharField(_("unit"), max_length=60, help_text=_("For example: km, ha, buildings, t/y."))
    description = models.CharField(
        _("what is counted"), max_length=255, help_text=_("For example: of landscape elements managed.")
    )
    year = models.PositiveSmallIntegerField(
        _("year"), default=2030, validators=[MinValueValidator(2020), MaxValueValidator(2100)]
    )

    panels = [
        FieldRowPanel([FieldPanel("value"), FieldPanel("unit"), FieldPanel("year")]),
        FieldPanel("description"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("2030 target")
        verbose_name_plural = _("2030 targets")

    def __str__(self):
        return f"{self.value.normalize():,f} {self.unit} {self.description}"

    @property
    def percent(self):
        """How much of the target approved engagements reach, in per cent (needs ``with_progress``)."""
        achieved = getattr(self, "achieved", None)
        if achieved is None or not self.value:
            return None
        return achieved * 100 / self.value

    @property
    def bar_percent(self):
        """The share for a progress bar: between 0 and 100."""
        percent = self.percent
        return 0 if percent is None else max(0, min(100, round(percent, 1)))


__all__ = ["AxisPage", "EngagementIndexPage", "ObjectivePage", "ObjectiveTarget"]
