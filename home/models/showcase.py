"""The showcase: projects and initiatives that serve the alliance's objectives."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from home.blocks import CaptionedImageBlock
from home.choices import Province

from .base import BasePage

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "ol", "ul"]


class ShowcaseIndexPage(BasePage):
    """Lists the projects, filterable by objective, axis, province and organisation type, with a map."""

    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.ProjectPage"]
    max_count_per_parent = 1
    template = "home/showcase_index_page.html"
    projects_per_page = 12

    class Meta:
        verbose_name = _("showcase index")

    def get_context(self, request, *args, **kwargs):
        from home.showcase import showcase_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(showcase_listing(self, request))
        return context


class ProjectPage(BasePage):
    """A project or initiative in the showcase."""

    subtitle = models.CharField(_("subtitle"), max_length=255, blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisation = models.ForeignKey(
        "home.Organisation",
        verbose_name=_("project by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="projects",
    )
    website = models.URLField(_("website"), blank=True)
    start_year = models.PositiveSmallIntegerField(
        _("start year"), null=True, blank=True, validators=[MinValueValidator(1900), MaxValueValidator(2100)]
    )
    description = RichTextField(_("the project"), features=RICH_TEXT_FEATURES, help_text=_("Description and aims."))
    municipality = models.CharField(_("municipality"), max_length=120, blank=True)
    province = models.CharField(_("province"), max_length=32, choices=Province.choices, blank=True, db_index=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(49.4), MaxValueValidator(51.6)],
        help_text=_("Between 49.4 and 51.6 (Belgium)."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(2.5), MaxValueValidator(6.5)],
        help_text=_("Between 2.5 and 6.5 (Belgium)."),
    )
    contribution_value = models.DecimalField(
        _("contribution"), max_digits=14, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)]
    )
    contribution_unit = models.CharField(
        _("contribution unit"), max_length=80, blank=True, help_text=_("In the objective's unit, e.g. km of hedges.")
    )
    cost = models.CharField(_("cost"), max_length=120, blank=True)
    criteria_met = RichTextField(_("how the objective's criteria are met"), blank=True, features=RICH_TEXT_FEATURES)
    maintenance = RichTextField(_("long-term maintenance"), blank=True, features=RICH_TEXT_FEATURES)
    benefits = RichTextField(_("benefits"), blank=True, features=RICH_TEXT_FEATURES)
    gallery = StreamField([("image", CaptionedImageBlock())], verbose_name=_("images"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("subtitle"),
        FieldPanel("image"),
        InlinePanel("project_objectives", label=_("Objectives served"), min_num=1),
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                InlinePanel("partners", label=_("Partners and participants")),
                FieldPanel("website"),
                FieldPanel("start_year"),
                FieldPanel("cost"),
            ],
            heading=_("Who and when"),
        ),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("municipality"), FieldPanel("province")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Location"),
        ),
        FieldRowPanel([FieldPanel("contribution_value"), FieldPanel("contribution_unit")], heading=_("Contribution")),
        FieldPanel("criteria_met"),
        FieldPanel("maintenance"),
        FieldPanel("benefits"),
        FieldPanel("gallery"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("subtitle"),
        index.SearchField("description"),
        index.SearchField("municipality"),
        index.FilterField("province"),
    ]

    parent_page_types = ["home.ShowcaseIndexPage"]
    subpage_types = []
    template = "home/project_page.html"

    class Meta:
        verbose_name = _("project")

    @property
    def has_location(self):
        return self.latitude is not None and self.longitude is not None

    def objectives(self):
        """The objectives this project serves, in this page's language where translated."""
        from home.localization import localized_pages

        linked = [link.objective for link in self.project_objectives.select_related("objective")]
        return localized_pages(linked, self.locale)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Computed when the template first uses them: not at all when the body comes from the fragment cache.
        context["objectives"] = SimpleLazyObject(self.objectives)
        context["partner_organisations"] = SimpleLazyObject(
            lambda: [p.organisation for p in self.partners.select_related("organisation")]
        )
        return context


class ProjectObjective(Orderable):
    """Links a project to an objective it serves (kept in sync across languages, shown localised)."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="project_objectives")
    objective = models.ForeignKey(
        "home.ObjectivePage", verbose_name=_("objective"), on_delete=models.CASCADE, related_name="objective_projects"
    )

    panels = [FieldPanel("objective")]

    class Meta(Orderable.Meta):
        verbose_name = _("objective served")


class ProjectPartner(TranslatableMixin, Orderable):
    """A partner or participant of a project."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partners")
    organisation = models.ForeignKey(
        "home.Organisation", verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("organisation")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("partner")
