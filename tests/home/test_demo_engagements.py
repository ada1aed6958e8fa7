"""The demo's engagements: in their organisations' languages, counted on the objective pages, made once."""

from collections import Counter

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase

from home.demo.content.engagements import ENGAGEMENTS
from home.models import Engagement, EngagementContribution, ObjectivePage, ObjectiveTarget
from home.models.joining import with_progress

pytestmark = pytest.mark.django_db


def counts():
    return {
        "engagements": Engagement.objects.count(),
        "contributions": EngagementContribution.objects.count(),
        "by status": dict(Counter(Engagement.objects.values_list("status", flat=True))),
    }


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Load the demo twice for the whole module, in a transaction rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("load_demo", force=True, verbosity=0)
        first = counts()
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("load_demo", force=True, verbosity=0)
        second = counts()
        yield first, second
        transaction.set_rollback(True)


def test_loading_twice_makes_each_engagement_once(demo):
    first, second = demo
    assert first == second
    assert first["engagements"] == len(ENGAGEMENTS)
    pairs = Engagement.objects.values_list("organisation_name", "objective_key")
    assert len(set(pairs)) == len(pairs)


def test_engagements_are_approved_pending_and_rejected_across_the_objectives(demo):
    by_status = {
        status: set(Engagement.objects.filter(status=status).values_list("objective__number", flat=True))
        for status in Engagement.Status.values
    }
    assert by_status["approved"] == set(range(1, 11))
    assert len(by_status["pending"]) >= 5
    assert by_status["rejected"]
    assert {engagement.language for engagement in Engagement.objects.all()} == {"en", "nl", "fr", "de"}
    for engagement in Engagement.objects.select_related("objective__locale", "decided_by"):
        assert engagement.objective.locale.language_code == engagement.language, engagement
        assert engagement.objective_key == engagement.objective.translation_key
        assert engagement.contact_email.endswith(("@example.be", "@example.org")), engagement
        assert engagement.start_year <= engagement.end_year
        if engagement.is_pending:
            assert engagement.decided_at is None and engagement.decided_by is None
        else:
            assert engagement.created_at <= engagement.decided_at
            assert engagement.decided_by.username == "editor"
        assert bool(engagement.rejection_reason) == (engagement.status == Engagement.Status.REJECTED)
        if engagement.scan_response is not None:
            assert engagement.scan_response.company_name == engagement.organisation_name
            assert engagement.scan_response.submitted_at <= engagement.created_at
    assert Engagement.objects.filter(status="approved", scan_response__isnull=False).exists()


def test_contributions_count_towards_the_targets_of_their_objective(demo):
    contributions = EngagementContribution.objects.select_related("engagement__objective")
    assert contributions.count() >= len(ENGAGEMENTS)
    for contribution in contributions:
        objective = contribution.engagement.objective
        target = objective.targets.get(translation_key=contribution.target_key)
        assert contribution.unit == target.unit, contribution
        assert 0 < contribution.amount <= target.value


def test_every_target_shows_progress(demo):
    for objective in ObjectivePage.objects.filter(locale__language_code="en"):
        for target in with_progress(ObjectiveTarget.objects.filter(page=objective)):
            assert 2 <= target.percent <= 35, (objective.number, str(target), target.percent)


def test_the_dutch_objective_page_counts_and_lists_approved_engagements(demo, client):
    page = ObjectivePage.objects.get(locale__language_code="nl", number=5)
    response = client.get(page.url)
    assert response.status_code == 200
    assert all(target.percent > 0 for target in response.context["targets"])
    html = response.content.decode()
    assert "Regionaal Landschap Schelde-Durme" in html  # approved, listed
    assert "Life B4B" in html  # approved in English, counted and listed in every language
    assert "Buurtvereniging Hagenland" not in html  # pending
    assert "Landbouwcoöperatie Meetjesland" not in html  # approved, not listed
    engaged = response.context["engaged"]
    assert engaged["approved_count"] > len(engaged["listed"])
