"""Progress towards the 2030 targets: approved contributions summed in the database, shown as numbers and bars."""

import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import Engagement, EngagementContribution, ObjectiveTarget
from home.models.joining import engagement_totals, with_progress
from tests.conftest import translate

pytestmark = pytest.mark.django_db


def engage(objective, amounts, *, status=Engagement.Status.APPROVED, listed=True, name="Natuurpunt", language="en"):
    """An engagement to ``objective`` contributing ``amounts`` (one per target, in order; None to skip)."""
    engagement = Engagement.objects.create(
        objective=objective,
        objective_key=objective.translation_key,
        language=language,
        status=status,
        organisation_name=name,
        organisation_type="ngo",
        contact_name="Contact",
        contact_email="contact@example.org",
        commitment=f"{name} manages hedges and verges.",
        start_year=2025,
        end_year=2030,
        municipality="Mechelen",
        list_publicly=listed,
    )
    for target, amount in zip(objective.targets.order_by("sort_order"), amounts, strict=False):
        if amount is not None:
            EngagementContribution.objects.create(
                engagement=engagement, target_key=target.translation_key, amount=Decimal(amount), unit=target.unit
            )
    return engagement


@pytest.fixture
def connectivity(site_tree):
    return site_tree.objectives[5]  # 4,000 km of linear infrastructure; 10,000 km of landscape elements


def achieved(objective):
    return [target.achieved for target in with_progress(objective.targets.order_by("sort_order"))]


def test_only_approved_contributions_count(connectivity):
    engage(connectivity, ["100", "250"], name="Natuurpunt")
    engage(connectivity, [None, "62.5"], name="Regionaal Landschap Kempen")
    engage(connectivity, ["999", "999"], status=Engagement.Status.PENDING, name="Pending")
    engage(connectivity, ["999", "999"], status=Engagement.Status.REJECTED, name="Rejected")
    assert achieved(connectivity) == [Decimal("100"), Decimal("312.5")]


def test_a_target_without_contributions_shows_zero(site_tree):
    assert achieved(site_tree.objectives[9]) == [Decimal(0)]


def test_the_objective_page_shows_each_target_as_a_number_and_a_bar(client, connectivity):
    engage(connectivity, ["100", "312"])
    html = client.get(connectivity.url).content.decode()
    assert "100 km of 4,000 km, 2 %" in html
    assert "312 km of 10,000 km, 3 %" in html
    bars = re.findall(r'<progress class="progress__bar" max="100" value="([^"]+)"', html)
    assert bars == ["2.5", "3.1"]


def test_a_small_start_reads_less_than_one_per_cent_and_a_full_target_is_capped(client, site_tree):
    pollinators, food = site_tree.objectives[3], site_tree.objectives[9]
    engage(pollinators, ["2500"])  # 2,500 of 2,000 B&Bs
    engage(food, ["100"])  # 100 of 435,000 t/y
    html = client.get(pollinators.url).content.decode()
    assert "2,500 B&amp;Bs of 2,000 B&amp;Bs, 125 %" in html
    assert 'value="100"' in html
    assert "100 t/y of 435,000 t/y, &lt; 1 %" in client.get(food.url).content.decode()


def test_the_objective_page_lists_approved_organisations_that_agreed_to_be_listed(client, connectivity):
    engage(connectivity, ["10"], name="Natuurpunt", listed=True)
    engage(connectivity, ["10"], name="Discrete nv", listed=False)
    engage(connectivity, ["10"], name="Waiting vzw", status=Engagement.Status.PENDING)
    html = client.get(connectivity.url).content.decode()
    assert "Natuurpunt" in html
    assert "Discrete nv" not in html and "Waiting vzw" not in html
    assert "2 approved engagements count towards this objective" in html
    assert "No organisation has joined this objective yet." not in html


def test_a_translated_objective_shows_the_same_totals_as_its_source(client, dutch_tree, connectivity, locales):
    engage(connectivity, ["100", "300"], name="English Ltd")
    engage(dutch_tree.connectivity, ["50", "12"], name="Vlaamse bv", language="nl")
    source = [target.translation_key for target in connectivity.targets.order_by("sort_order")]
    dutch = [target.translation_key for target in dutch_tree.connectivity.targets.order_by("sort_order")]
    assert source == dutch
    assert achieved(connectivity) == achieved(dutch_tree.connectivity) == [Decimal(150), Decimal(312)]
    english = client.get(connectivity.url).content.decode()
    assert "150 km of 4,000 km, 3 %" in english
    dutch_html = client.get(dutch_tree.connectivity.url).content.decode()
    assert '<html lang="nl"' in dutch_html
    assert "150 km van 4.000 km, 3 %" in dutch_html
    assert "English Ltd" in dutch_html and "Vlaamse bv" in english


def test_the_home_page_and_the_engagements_index_show_progress_at_a_glance(client, site_tree, connectivity):
    engage(connectivity, ["400", "1000"], name="Natuurpunt")
    engage(site_tree.objectives[3], ["20"], name="Natuurpunt")
    engage(site_tree.objectives[3], ["20"], name="Stad Gent")
    for page in (site_tree.home, site_tree.engagements):
        html = client.get(page.url).content.decode()
        assert "2 organisations have made 3 approved engagements towards these objectives so far." in html
        assert "400 km of 4,000 km, 10 %" in html
        assert "1,000 km of 10,000 km, 10 %" in html
        assert "40 B&amp;Bs of 2,000 B&amp;Bs, 2 %" in html
        assert "0 t/y of 435,000 t/y, 0 %" in html


def test_before_any_approval_the_pages_invite_organisations_to_join(client, site_tree):
    html = client.get(site_tree.engagements.url).content.decode()
    assert "No engagement has been approved yet" in html


def test_totals_count_organisations_by_name(connectivity):
    engage(connectivity, ["1"], name="Natuurpunt")
    engage(connectivity, ["1"], name="natuurpunt")
    engage(connectivity, ["1"], name="Natagora", status=Engagement.Status.PENDING)
    assert engagement_totals() == {"engagements": 2, "organisations": 1}


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("where", ["home", "engagements", "objective"])
def test_progress_costs_the_same_queries_whatever_the_number_of_engagements(client, site_tree, connectivity, where):
    url = {"home": site_tree.home.url, "engagements": site_tree.engagements.url, "objective": connectivity.url}[where]
    engage(connectivity, ["1", "1"], name="First")
    client.get(url)  # warm Wagtail's per-process caches
    few = queries_for(client, url)
    for number in range(30):
        for objective in site_tree.objectives.values():
            engage(objective, ["1", "1"], name=f"Organisation {number}")
    assert queries_for(client, url) == few


def test_the_targets_sum_in_one_query(site_tree, connectivity):
    for number in range(10):
        engage(connectivity, ["1", "2"], name=f"Organisation {number}")
    with CaptureQueriesContext(connection) as queries:
        targets = list(with_progress(ObjectiveTarget.objects.filter(page__in=site_tree.objectives.values())))
    assert len(queries) == 1
    assert sorted(target.achieved for target in targets) == [0, 0, 10, 20]


def test_french_progress_reads_in_french(client, site_tree, connectivity, locales):
    fr = locales["fr"]
    translate(site_tree.home, fr, title="Alliance belge pour la biodiversité")
    translate(site_tree.engagements, fr, title="Engagements")
    translate(site_tree.axes[0], fr, title="Étendre le réseau vert-bleu")
    french = translate(connectivity, fr, title="Connectivité écologique")
    engage(connectivity, ["1250", "0"])
    html = client.get(french.url).content.decode()
    assert re.search(r"1[\s\u00a0\u202f]250 km sur 4[\s\u00a0\u202f]000 km, 31 %", html)
