"""News: an index of news items, newest first."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Prefetch
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable
from wagtail.search import index

from home.blocks import BodyStreamBlock

from .base import BasePage


class NewsIndexPage(BasePage):
    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.NewsPage"]
    max_count_per_parent = 1
    template = "home/news_index_page.html"
    items_per_page = 10

    class Meta:
        verbose_name = _("news index")

    def news_items(self):
        return (
            NewsPage.objects.live()
            .child_of(self)
            .select_related("locale")
            .prefetch_related(Prefetch("listing_image", queryset=get_image_model().objects.prefetch_renditions()))
            .order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.news_items(), self.items_per_page)
        try:
            page_number = int(request.GET.get("page", "1"))
        except ValueError:
            page_number = 1
        try:
            context["news_items"] = paginator.page(page_number)
        except (EmptyPage, PageNotAnInteger) as error:
            raise Http404(_("There is no such page of news.")) from error
        return context


class NewsPage(BasePage):
    date = models.DateField(_("date"), default=timezone.localdate)
    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("introduction"),
        FieldPanel("body"),
        InlinePanel("related_projects", label=_("Related projects")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []
    template = "home/news_page.html"

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    @property
    def summary(self):
        return self.listing_summary or self.introduction or self.search_description

    def get_context(self, request, *args, **kwargs):
        from home.localization import localized_pages

        context = super().get_context(request, *args, **kwargs)
        linked = [link.project for link in self.related_projects.select_related("project")]
        context["projects"] = [page for page in localized_pages(linked, self.locale) if page.live]
        return context


class NewsRelatedProject(Orderable):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_projects")
    project = models.ForeignKey(
        "home.ProjectPage", verbose_name=_("project"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("project")]

    class Meta(Orderable.Meta):
        verbose_name = _("related project")
