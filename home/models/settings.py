"""Site-wide settings editors change in Settings → Site settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Contact address and social links; the footer text itself is a translatable snippet."""

    contact_email = models.EmailField(_("contact e-mail"), default="bba@biodiversity-alliance.be")
    advisors_email = models.EmailField(
        _("advisors' e-mail"),
        blank=True,
        help_text=_(
            "Where to send the notice that a company asks for contact after its scan. "
            "Empty: every member of the Advisors group gets it."
        ),
    )
    engagements_email = models.EmailField(
        _("engagements e-mail"),
        blank=True,
        help_text=_(
            "Where to send the notice that an organisation has joined an objective. "
            "Empty: every user who may review engagements gets it."
        ),
    )
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    bluesky_url = models.URLField(_("Bluesky"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)

    panels = [
        FieldPanel("contact_email"),
        FieldPanel("advisors_email"),
        FieldPanel("engagements_email"),
        MultiFieldPanel(
            [
                FieldPanel("linkedin_url"),
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("bluesky_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Social links"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @property
    def social_links(self):
        """The social links that are set, as (name, url) pairs in a fixed order."""
        links = [
            ("LinkedIn", self.linkedin_url),
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("Bluesky", self.bluesky_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]
