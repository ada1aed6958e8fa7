"""The demo's engagements: organisations that joined an objective, with their contributions to its targets.

Each engagement is made against the objective page in its own language (else the Dutch page, else the page in
the site's default language), as the join form does, and its contributions get the target's translation key
and its unit in that language. Decided engagements were decided by the demo editor when that account exists.

The dates are drawn from a seed made of the organisation's name, so every run draws the same ones: engagements
were submitted over the past year (the pending ones in the last weeks) and decided a few days to three weeks
later. An engagement that joined from a demo scan comes after that scan and takes its contact person.

Like the demo scans, an engagement is found by its organisation name on its objective (in any language): one
that is already there, whoever made it, is left as it is and not made again.
"""

import datetime
import random
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from home.demo.content import engagements as content
from home.models import Engagement, EngagementContribution, ObjectivePage

EDITOR = "editor"  # the demo account that approves and rejects engagements (load_demo.DEMO_USERS)
SUBMITTED_DAYS_AGO = {  # how long ago engagements of each status were submitted: (least, most) days
    Engagement.Status.APPROVED: (40, 330),
    Engagement.Status.REJECTED: (25, 200),
    Engagement.Status.PENDING: (1, 35),
}
DECIDED_AFTER_DAYS = (2, 21)
FALLBACK_LANGUAGES = ["nl", settings.LANGUAGE_CODE]


def objective_in(objective, language):
    """The translation of ``objective`` in ``language``, else in Dutch, else in the default language."""
    translations = {
        page.locale.language_code: page
        for page in ObjectivePage.objects.filter(translation_key=objective.translation_key).select_related("locale")
    }
    for code in (language, *FALLBACK_LANGUAGES):
        if code in translations:
            return translations[code]
    return objective


def submitted_at(spec, response, rng, now):
    """When the engagement was submitted: after the scan it joined from, if any."""
    least, most = SUBMITTED_DAYS_AGO[spec["status"]]
    drawn = now - datetime.timedelta(days=rng.uniform(least, most))
    if response is not None and response.submitted_at:
        after = spec["after_scan"] if spec["after_scan"] is not None else rng.uniform(1, 14)
        joined = response.submitted_at + datetime.timedelta(days=after)
        drawn = joined if spec["after_scan"] is not None else max(drawn, joined)
    return min(now, drawn).replace(microsecond=0)


def create_engagement(spec, objective, response, editor, now):
    """One demo engagement and its contributions, against ``objective`` (the page in its language)."""
    rng = random.Random(f"{content.SEED}:{spec['organisation_name']}:{spec['objective']}")
    targets = list(objective.targets.all())
    created = submitted_at(spec, response, rng, now)
    decided = spec["status"] != Engagement.Status.PENDING
    contact = {"contact_name": spec["contact_name"], "contact_email": spec["contact_email"]}
    if response is not None and response.contact_name and response.contact_email:
        contact = {"contact_name": response.contact_name, "contact_email": response.contact_email}
    engagement = Engagement.objects.create(
        objective=objective,
        objective_key=objective.translation_key,
        language=spec["language"],
        status=spec["status"],
        organisation_name=spec["organisation_name"],
        organisation_type=spec["organisation_type"],
        website=spec["website"],
        commitment=spec["commitment"],
        start_year=spec["start_year"],
        end_year=spec["end_year"],
        municipality=spec["municipality"],
        list_publicly=spec["list_publicly"],
        scan_response=response,
        created_at=created,
        decided_at=min(now, created + datetime.timedelta(days=rng.uniform(*DECIDED_AFTER_DAYS))) if decided else None,
        decided_by=editor if decided else None,
        rejection_reason=spec["rejection_reason"],
        **contact,
    )
    EngagementContribution.objects.bulk_create(
        EngagementContribution(
            engagement=engagement,
            target_key=targets[position].translation_key,
            amount=Decimal(amount),
            unit=targets[position].unit,
        )
        for position, amount in sorted(spec["contributions"].items())
    )
    return engagement


def load_engagements(objectives, responses, created, now=None):
    """Make the demo engagements that are not there yet; count them in ``created`` (a Counter).

    ``objectives`` maps the objective numbers to the demo's (English) objective pages, ``responses`` the demo
    companies' names to their submitted scans.
    """
    now = now or timezone.now()
    keys = {number: page.translation_key for number, page in objectives.items()}
    existing = set(
        Engagement.objects.filter(
            objective_key__in=keys.values(),
            organisation_name__in=[spec["organisation_name"] for spec in content.ENGAGEMENTS],
        ).values_list("organisation_name", "objective_key")
    )
    editor = get_user_model().objects.filter(username=EDITOR).first()
    for spec in content.ENGAGEMENTS:
        if (spec["organisation_name"], keys[spec["objective"]]) in existing:
            continue
        objective = objective_in(objectives[spec["objective"]], spec["language"])
        response = responses.get(spec["organisation_name"]) if spec["scan"] else None
        create_engagement(spec, objective, response, editor, now)
        created["engagements"] += 1
