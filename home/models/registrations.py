"""Registrations for events: who comes, their ranking of the workshops, and the workshops allocated to them.

A registration is made on the event page in the registrant's language and counted by the event's translation
key, so every language of an event shares its places; workshops are referred to by their translation keys too.
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.choices import OrganisationType


def new_token():
    """256 bits from the operating system's generator: the registrant's key to cancel."""
    return secrets.token_urlsafe(32)


class Registration(models.Model):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    event = models.ForeignKey(
        "home.EventPage",
        verbose_name=_("event"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="registrations",
        help_text=_("The event page, in the language the person registered in."),
    )
    event_key = models.UUIDField(_("event (all languages)"), db_index=True)
    language = models.CharField(_("language"), max_length=8)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.CONFIRMED, db_index=True
    )
    token = models.CharField(_("token"), max_length=64, unique=True, default=new_token, editable=False)

    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    organisation = models.CharField(_("organisation"), max_length=200)
    organisation_type = models.CharField(
        _("type of organisation"), max_length=32, choices=OrganisationType.choices, db_index=True
    )
    remarks = models.TextField(_("remarks"), max_length=2000, blank=True)
    consent_given_at = models.DateTimeField(_("consent given"), default=timezone.now)

    created_at = models.DateTimeField(_("registered"), default=timezone.now, db_index=True, editable=False)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    workshops_emailed_at = models.DateTimeField(_("workshops e-mailed"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "event_key",
                condition=~models.Q(status="cancelled"),
                name="one_registration_per_email_and_event",
            )
        ]

    def __str__(self):
        return self.name

    @property
    def is_active(self):
        return self.status != self.Status.CANCELLED


class WorkshopChoice(models.Model):
    """A registrant's rank for one workshop (1 = most wanted), and whether the allocation gave it to them."""

    registration = models.ForeignKey(
        Registration, verbose_name=_("registration"), on_delete=models.CASCADE, related_name="choices"
    )
    workshop_key = models.UUIDField(_("workshop (all languages)"), db_index=True)
    rank = models.PositiveSmallIntegerField(_("rank"))
    assigned = models.BooleanField(_("allocated"), default=False, db_index=True)

    class Meta:
        verbose_name = _("workshop choice")
        verbose_name_plural = _("workshop choices")
        ordering = ["registration", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["registration", "workshop_key"], name="one_rank_per_workshop"),
            models.UniqueConstraint(fields=["registration", "rank"], name="each_rank_once"),
        ]

    def __str__(self):
        return f"{self.rank}: {self.workshop_key}"


class AllocationRun(models.Model):
    """One run of the workshop allocation for an event, with the quality figures shown to the editors."""

    event_key = models.UUIDField(_("event (all languages)"), db_index=True)
    run_at = models.DateTimeField(_("run at"), default=timezone.now)
    run_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("run by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    registrants = models.PositiveIntegerField(_("registrants"))
    quality = models.JSONField(_("quality"), default=dict)

    class Meta:
        verbose_name = _("allocation run")
        verbose_name_plural = _("allocation runs")
        ordering = ["-run_at", "-pk"]

    def __str__(self):
        return f"{self.event_key} @ {self.run_at:%Y-%m-%d %H:%M}"


__all__ = ["AllocationRun", "Registration", "WorkshopChoice"]
