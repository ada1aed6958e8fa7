"""Snippets: organisations (partners and project owners) and the translatable footer text."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from home.choices import OrganisationType


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """A partner of the alliance or the owner of a project; translated like pages."""

    name = models.CharField(_("name"), max_length=200)
    organisation_type = models.CharField(
        _("type"), max_length=32, choices=OrganisationType.choices, default=OrganisationType.COMPANY
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link"])
    is_partner = models.BooleanField(
        _("partner of the alliance"),
        default=False,
        help_text=_("Partners are listed on the partners page and the home page."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("organisation_type"),
        FieldPanel("is_partner"),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldPanel("description"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


class FooterText(TranslatableMixin, models.Model):
    """The text at the foot of every page, one per language."""

    body = RichTextField(_("footer text"), features=["bold", "italic", "link"])

    panels = [FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return str(_("Footer text"))
