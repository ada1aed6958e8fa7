"""Events: an index of upcoming and past events, each with its programme, workshops and registration settings.

Times are stored aware and shown in Europe/Brussels (the project's TIME_ZONE). Start, end, capacities and the
registration settings are the same in every language (synchronised by wagtail-localize); texts are translated.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .base import BasePage

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "ol", "ul"]


class EventLanguage(models.TextChoices):
    ENGLISH = "en", _("English")
    DUTCH = "nl", _("Dutch")
    FRENCH = "fr", _("French")
    GERMAN = "de", _("German")
    MULTILINGUAL = "multi", _("Several languages (interpretation or mixed sessions)")


class ProgrammeItemBlock(blocks.StructBlock):
    """One timed item of an event's programme."""

    time = blocks.TimeBlock(label=_("time"))
    end_time = blocks.TimeBlock(label=_("until"), required=False)
    title = blocks.CharBlock(label=_("title"), max_length=255)
    speaker = blocks.CharBlock(label=_("speaker"), max_length=255, required=False)
    description = blocks.TextBlock(label=_("description"), required=False)

    class Meta:
        icon = "time"
        label = _("programme item")


class EventIndexPage(RoutablePageMixin, BasePage):
    """Upcoming events soonest first and past events, filterable by organiser, with an iCalendar feed."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.EventPage"]
    max_count_per_parent = 1
    template = "home/event_index_page.html"

    class Meta:
        verbose_name = _("events index")

    @path("")
    def listing(self, request):
        from home.events import index_view

        return index_view(request, self)

    @path("feed/")
    def feed(self, request):
        from home.events import feed_view

        return feed_view(request, self)


class EventPage(RoutablePageMixin, BasePage):
    """An event: when and where, organisers, programme, workshops, registration and, afterwards, the recording."""

    start = models.DateTimeField(_("starts"), db_index=True)
    end = models.DateTimeField(_("ends"), db_index=True)
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    venue_address = models.TextField(_("address"), blank=True)
    directions = RichTextField(_("how to get there"), blank=True, features=["bold", "italic", "link", "ul"])
    online_url = models.URLField(_("online link"), blank=True, help_text=_("For an online or hybrid event."))
    event_language = models.CharField(
        _("language of the event"), max_length=8, choices=EventLanguage.choices, default=EventLanguage.ENGLISH
    )
    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    programme = StreamField([("item", ProgrammeItemBlock())], verbose_name=_("programme"), blank=True)

    registration_required = models.BooleanField(
        _("registration required"), default=False, help_text=_("People register on this site (free).")
    )
    registration_opens_at = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(
        _("registration closes"), null=True, blank=True, help_text=_("Empty: when the event starts.")
    )
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Empty: no limit. When full, people join a waiting list.")
    )
    workshops_per_person = models.PositiveSmallIntegerField(
        _("workshops each person follows"), default=1, validators=[MinValueValidator(1), MaxValueValidator(10)]
    )
    external_registration_url = models.URLField(
        _("external registration link"), blank=True, help_text=_("For other organisers' events: where to register.")
    )
    recording_url = models.URLField(_("recording"), blank=True, help_text=_("A link to the recording, afterwards."))

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("When")),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("directions"),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("event_language"),
        InlinePanel("organisers", label=_("Organisers")),
        FieldPanel("introduction"),
        FieldPanel("programme"),
        InlinePanel("workshops", label=_("Workshops")),
        FieldPanel("recording_url"),
    ]
    registration_panels = [
        FieldPanel("registration_required"),
        FieldRowPanel([FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("workshops_per_person")]),
        FieldPanel("external_registration_url"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(registration_panels, heading=_("Registration")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    override_translatable_fields = [
        SynchronizedField("online_url"),
        SynchronizedField("external_registration_url"),
        SynchronizedField("recording_url"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("venue_name"),
        index.FilterField("start"),
    ]

    parent_page_types = ["home.EventIndexPage"]
    subpage_types = []
    template = "home/event_page.html"

    class Meta:
        verbose_name = _("event")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The event cannot end before it starts.")
        opens, closes = self.registration_opens_at, self.registration_closes_at
        if opens and closes and closes <= opens:
            errors["registration_closes_at"] = _("Registration must close after it opens.")
        if self.registration_closes_at and self.end and self.registration_closes_at > self.end:
            errors["registration_closes_at"] = _("Registration cannot close after the event.")
        if self.registration_required and self.external_registration_url:
            errors["external_registration_url"] = _(
                "Choose one: registration on this site, or an external registration link."
            )
        workshops = list(self.workshops.all())
        if workshops and self.workshops_per_person > len(workshops):
            errors["workshops_per_person"] = _("There are only %(count)s workshops.") % {"count": len(workshops)}
        if errors:
            raise ValidationError(errors)

    # When.

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def local_start(self):
        return timezone.localtime(self.start)

    @property
    def local_end(self):
        return timezone.localtime(self.end)

    @property
    def same_day(self):
        return self.local_start.date() == self.local_end.date()

    # Registration.

    @property
    def closes_at(self):
        return self.registration_closes_at or self.start

    def registration_state(self, now=None):
        """ "none" (no registration here), "not_open", "open" or "closed"; fullness is ``places_left()``'s."""
        now = now or timezone.now()
        if not self.registration_required:
            return "none"
        if self.registration_opens_at and now < self.registration_opens_at:
            return "not_open"
        if now >= self.closes_at:
            return "closed"
        return "open"

    def confirmed_count(self):
        from .registrations import Registration

        return Registration.objects.filter(event_key=self.translation_key, status=Registration.Status.CONFIRMED).count()

    def places_left(self):
        """Places still free, or None without a limit."""
        if self.capacity is None:
            return None
        return max(0, self.capacity - self.confirmed_count())

    @cached_property
    def workshop_list(self):
        return list(self.workshops.all())

    def get_context(self, request, *args, **kwargs):
        from home.events import event_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_context(self))
        return context

    @path("")
    def event(self, request):
        return self.render(request)

    @path("ics/")
    def ics(self, request):
        from home.events import ics_view

        return ics_view(request, self)

    @path("register/")
    def register(self, request):
        from home.registration import register_view

        return register_view(request, self)

    @path("register/<slug:outcome>/")
    def registered(self, request, outcome):
        from home.registration import registered_view

        return registered_view(request, self, outcome)

    @path("cancel/<str:token>/")
    def cancel(self, request, token):
        from home.registration import cancel_view

        return cancel_view(request, self, token)


class EventOrganiser(TranslatableMixin, Orderable):
    """An organisation that organises an event."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="organisers")
    organisation = models.ForeignKey(
        "home.Organisation", verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("organisation")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("organiser")
        verbose_name_plural = _("organisers")


class Workshop(TranslatableMixin, Orderable):
    """A workshop registrants rank; its translation key identifies it in every language."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="workshops")
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    capacity = models.PositiveIntegerField(_("places"), validators=[MinValueValidator(1)])

    panels = [FieldPanel("title"), FieldPanel("description"), FieldPanel("capacity")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")

    def __str__(self):
        return self.title


__all__ = ["EventIndexPage", "EventLanguage", "EventOrganiser", "EventPage", "ProgrammeItemBlock", "Workshop"]
