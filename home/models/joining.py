"""Organisations joining an objective: their engagement, its contributions per 2030 target, and the progress.

An engagement is written in the language its organisation used, against the objective page it joined from.
Objectives and targets are counted by translation key, so every language of an objective shows the same totals,
and a target an editor re-creates or translates keeps the contributions made to it.
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, DecimalField, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce, Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.choices import OrganisationType

AMOUNT_DIGITS = 14
AMOUNT_PLACES = 2
ZERO = Decimal(0)


class Engagement(models.Model):
    """An organisation's voluntary engagement to an objective, pending until an editor approves or rejects it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    objective = models.ForeignKey(
        "home.ObjectivePage",
        verbose_name=_("objective"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="engagements",
        help_text=_("The objective page, in the language the organisation joined from."),
    )
    objective_key = models.UUIDField(
        _("objective (all languages)"), db_index=True, help_text=_("The translation key of the objective page.")
    )
    language = models.CharField(_("language"), max_length=8)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING, db_index=True)

    organisation_name = models.CharField(_("organisation"), max_length=200)
    organisation_type = models.CharField(
        _("type of organisation"), max_length=32, choices=OrganisationType.choices, db_index=True
    )
    website = models.URLField(_("website"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200)
    contact_email = models.EmailField(_("contact e-mail"))
    commitment = models.TextField(_("what the organisation commits to do"), max_length=4000)
    start_year = models.PositiveSmallIntegerField(
        _("start year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    end_year = models.PositiveSmallIntegerField(
        _("end year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    municipality = models.CharField(_("municipality"), max_length=120)
    list_publicly = models.BooleanField(_("may be listed publicly"), default=False)

    scan_response = models.ForeignKey(
        "scan.ScanResponse",
        verbose_name=_("scan response"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="engagements",
        help_text=_("The scan whose results the organisation joined from."),
    )
    project = models.ForeignKey(
        "home.ProjectPage",
        verbose_name=_("showcase project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    created_at = models.DateTimeField(_("submitted"), default=timezone.now, db_index=True, editable=False)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    rejection_reason = models.TextField(_("reason for rejection"), max_length=2000, blank=True)

    class Meta:
        verbose_name = _("engagement")
        verbose_name_plural = _("engagements")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_year__gte=models.F("start_year")), name="engagement_end_after_start"
            )
        ]

    def __str__(self):
        return self.organisation_name

    @property
    def is_pending(self):
        return self.status == self.Status.PENDING


class EngagementContribution(models.Model):
    """What an engagement contributes to one of the objective's 2030 targets, in that target's unit."""

    engagement = models.ForeignKey(
        Engagement, verbose_name=_("engagement"), on_delete=models.CASCADE, related_name="contributions"
    )
    target_key = models.UUIDField(_("target (all languages)"), db_index=True)
    amount = models.DecimalField(
        _("contribution"), max_digits=AMOUNT_DIGITS, decimal_places=AMOUNT_PLACES, validators=[MinValueValidator(0)]
    )
    unit = models.CharField(_("unit"), max_length=60, help_text=_("The target's unit when the engagement was made."))

    class Meta:
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")
        constraints = [
            models.UniqueConstraint(fields=["engagement", "target_key"], name="one_contribution_per_target"),
            models.CheckConstraint(condition=models.Q(amount__gte=0), name="contribution_not_negative"),
        ]

    def __str__(self):
        return f"{self.amount.normalize():f} {self.unit}"


def approved_total(target_key_ref):
    """The sum of approved contributions to the target whose key ``target_key_ref`` names, as a subquery."""
    totals = (
        EngagementContribution.objects.filter(target_key=target_key_ref, engagement__status=Engagement.Status.APPROVED)
        .order_by()
        .values("target_key")
        .annotate(total=Sum("amount"))
        .values("total")
    )
    amount = DecimalField(max_digits=AMOUNT_DIGITS + 4, decimal_places=AMOUNT_PLACES)
    return Coalesce(Subquery(totals, output_field=amount), Value(ZERO), output_field=amount)


def with_progress(targets):
    """``targets`` (an ObjectiveTarget queryset) annotated with ``achieved``: in the same query, not one per row."""
    return targets.annotate(achieved=approved_total(OuterRef("translation_key")))


def engagement_totals():
    """How many engagements are approved, and by how many organisations (by name): one aggregate query."""
    return Engagement.objects.filter(status=Engagement.Status.APPROVED).aggregate(
        engagements=Count("id"), organisations=Count(Lower("organisation_name"), distinct=True)
    )


__all__ = ["Engagement", "EngagementContribution", "approved_total", "engagement_totals", "with_progress"]
