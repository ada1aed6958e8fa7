"""The abstract page every alliance page type builds on: SEO and listing fields, and shared helpers."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index


class BasePage(Page):
    """SEO and listing fields shared by every page type.

    Wagtail's own ``search_description`` serves as the meta description; the listing fields let editors
    choose how a page looks when another page lists it (cards, search results, social previews).
    """

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social image"),
        help_text=_("Shown when the page is shared on social media (1200 × 630 works best)."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    listing_summary = models.TextField(
        _("listing summary"),
        blank=True,
        max_length=300,
        help_text=_("A sentence or two shown when this page is listed elsewhere."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    promote_panels = [
        MultiFieldPanel(Page.promote_panels, heading=_("For search engines")),
        MultiFieldPanel(
            [FieldPanel("listing_summary"), FieldPanel("listing_image"), FieldPanel("social_image")],
            heading=_("Listing and sharing"),
        ),
    ]

    search_fields = [*Page.search_fields, index.SearchField("listing_summary")]

    class Meta:
        abstract = True

    @property
    def summary(self):
        """The text to show for this page in a listing."""
        return self.listing_summary or self.search_description

    def get_meta_image(self):
        return self.social_image or self.listing_image

    def get_view_restrictions(self):
        """Wagtail's view restrictions of this page and its ancestors (two queries on every page served), skipped
        while no page of the site is private at all: that answer is remembered until the next publication or
        change of a restriction (cms/page_cache.py)."""
        from wagtail.models import PageViewRestriction

        from cms.page_cache import shared_value

        if not shared_value("private-pages", [], PageViewRestriction.objects.exists):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
