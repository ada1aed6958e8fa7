"""The home page, free content pages and the partners page."""

from django.db import models
from django.db.models import Prefetch
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BodyStreamBlock

from .base import BasePage


class HomePage(BasePage):
    """The root of each language's tree."""

    hero_title = models.CharField(_("hero title"), max_length=200)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    introduction = RichTextField(_("introduction"), blank=True, features=["h3", "bold", "italic", "link", "ul"])
    scan_title = models.CharField(_("scan call title"), max_length=200, blank=True)
    scan_text = models.TextField(_("scan call text"), blank=True)
    scan_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("scan page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The call to take the scan shows once a page is chosen."),
    )
    join_title = models.CharField(_("join call title"), max_length=200, blank=True)
    join_text = models.TextField(_("join call text"), blank=True)
    join_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("join page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("hero_image")], heading=_("Hero")
        ),
        FieldPanel("introduction"),
        InlinePanel("featured_projects", label=_("Featured projects"), max_num=6),
        MultiFieldPanel(
            [FieldPanel("scan_title"), FieldPanel("scan_text"), FieldPanel("scan_page")],
            heading=_("Call to take the scan"),
        ),
        MultiFieldPanel(
            [FieldPanel("join_title"), FieldPanel("join_text"), FieldPanel("join_page")],
            heading=_("Call to join the movement"),
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("hero_text"), index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    template = "home/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from home.events import upcoming_events

        from .engagements import EngagementIndexPage, axes_with_objectives
        from .joining import engagement_totals
        from .news import NewsPage
        from .snippets import Organisation

        context = super().get_context(request, *args, **kwargs)
        # Everything below is computed when the template first uses it: when the page's body comes from the
        # fragment cache (templates/home/home_page.html), none of it is.
        engagement_index = SimpleLazyObject(lambda: EngagementIndexPage.objects.child_of(self).live().first())
        context["engagement_index"] = engagement_index
        context["axes"] = SimpleLazyObject(lambda: axes_with_objectives(engagement_index) if engagement_index else [])
        context["totals"] = SimpleLazyObject(lambda: engagement_totals() if engagement_index else None)
        context["upcoming_events"] = SimpleLazyObject(lambda: list(upcoming_events(self, limit=3)))
        context["featured_projects"] = SimpleLazyObject(self.live_featured_projects)
        context["latest_news"] = (
            NewsPage.objects.live()
            .descendant_of(self)
            .select_related("locale")
            .prefetch_related(Prefetch("listing_image", queryset=get_image_model().objects.prefetch_renditions()))
            .order_by("-date", "-pk")[:3]
        )
        context["partners"] = (
            Organisation.objects.filter(locale_id=self.locale_id, is_partner=True)
            .prefetch_related(Prefetch("logo", queryset=get_image_model().objects.prefetch_renditions()))
            .order_by("name")
        )
        links = SimpleLazyObject(self.live_call_links)
        context["scan_link"] = SimpleLazyObject(lambda: links[0])
        context["join_link"] = SimpleLazyObject(lambda: links[1])
        return context

    def live_featured_projects(self):
        """The featured projects in this page's language, live ones only."""
        from home.localization import localized_pages

        linked = [link.project for link in self.featured_projects.select_related("project")]
        return [page for page in localized_pages(linked, self.locale) if page.live]

    def live_call_links(self):
        """The scan and join pages of the calls to action, in this page's language, or ``None`` when not live:
        two queries, the chosen pages then their translations."""
        from home.localization import localized_pages

        chosen = Page.objects.select_related("locale").in_bulk(
            [pk for pk in (self.scan_page_id, self.join_page_id) if pk]
        )
        links = localized_pages(
            [chosen.get(self.scan_page_id), chosen.get(self.join_page_id)], self.locale, specific=False
        )
        return [link if link and link.live else None for link in links]


class HomeFeaturedProject(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_projects")
    project = models.ForeignKey(
        "home.ProjectPage", verbose_name=_("project"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("project")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured project")


class ContentPage(BasePage):
    """A free page: headings, text, images, quotes, calls to action and embeds."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]
    template = "home/content_page.html"

    class Meta:
        verbose_name = _("content page")


class PartnersPage(BasePage):
    """Lists the partners of the alliance in the page's language."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "home/partners_page.html"

    class Meta:
        verbose_name = _("partners page")

    def get_context(self, request, *args, **kwargs):
        from .snippets import Organisation

        context = super().get_context(request, *args, **kwargs)
        context["partners"] = (
            Organisation.objects.filter(locale_id=self.locale_id, is_partner=True)
            .prefetch_related(Prefetch("logo", queryset=get_image_model().objects.prefetch_renditions()))
            .order_by("name")
        )
        return context
