"""The demo loader builds the alliance's site in four languages, and running it again changes nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import transaction
from django.test import RequestFactory, TestCase
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from home.models import ContentPage, NewsPage, ObjectivePage, Organisation, ProjectPage

pytestmark = pytest.mark.django_db


def counts():
    return {
        "pages": Page.objects.count(),
        "organisations": Organisation.objects.count(),
        "images": get_image_model().objects.count(),
        "users": get_user_model().objects.count(),
        "locales": Locale.objects.count(),
        "sites": Site.objects.count(),
    }


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Load the demo twice for the whole module, in a transaction rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        # wagtail-localize publishes translations when the transaction commits; run those callbacks now.
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("load_demo", force=True, verbosity=0)
        first = counts()
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("load_demo", force=True, verbosity=0)
        second = counts()
        yield first, second
        transaction.set_rollback(True)


def test_running_the_loader_twice_duplicates_nothing(demo):
    first, second = demo
    assert first == second


def test_demo_has_the_ten_objectives_in_four_languages(demo):
    for code in ("en", "nl", "fr", "de"):
        objectives = ObjectivePage.objects.live().filter(locale__language_code=code)
        assert sorted(objectives.values_list("number", flat=True)) == list(range(1, 11)), code
    dutch = ObjectivePage.objects.get(locale__language_code="nl", number=5)
    assert dutch.title == "Ecologische connectiviteit"
    assert "versnippering" in dutch.narrative
    assert len(dutch.criteria) == 6
    french = ObjectivePage.objects.get(locale__language_code="fr", number=5)
    assert french.title == "Connectivité écologique"
    english = ObjectivePage.objects.get(locale__language_code="en", number=5)
    assert sorted(t.value for t in english.targets.all()) == [4000, 10000]


def test_demo_has_projects_partners_news_and_the_landscape_page(demo):
    assert ProjectPage.objects.live().filter(locale__language_code="en").count() >= 12
    assert ProjectPage.objects.live().filter(locale__language_code="nl").count() >= 12
    assert Organisation.objects.filter(locale__language_code="en", name="Be Planet", is_partner=True).exists()
    assert NewsPage.objects.live().filter(locale__language_code="en").exists()
    assert ContentPage.objects.live().filter(locale__language_code="en", title__icontains="landscape").exists()
    for project in ProjectPage.objects.filter(locale__language_code="en"):
        assert project.latitude and project.longitude, project.title
        assert project.project_objectives.exists(), project.title


def test_demo_accounts_can_log_in(demo, client):
    user_model = get_user_model()
    assert user_model.objects.get(username="admin").is_superuser
    assert user_model.objects.get(username="editor").groups.filter(name="Editors").exists()
    assert user_model.objects.get(username="advisor").groups.filter(name="Advisors").exists()
    for username in ("admin", "editor", "advisor"):
        # The login limiter counts attempts per request: authenticate as the admin's login form does.
        request = RequestFactory().post("/admin/login/")
        assert client.login(request=request, username=username, password="changeme"), username


@pytest.mark.parametrize(
    "path",
    [
        "/en/",
        "/nl/",
        "/fr/",
        "/de/",
        "/en/engagements/",
        "/en/showcase/",
        "/en/partners/",
        "/en/news/",
        "/en/search/?q=pond",
        "/en/showcase/?objective=5&province=namur",
    ],
)
def test_demo_pages_answer(demo, client, path):
    assert client.get(path).status_code == 200


def test_loader_refuses_to_run_without_debug_unless_forced(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("load_demo", verbosity=0)


def test_demo_has_thirty_submitted_scans_once_with_notes(demo):
    from home.demo.content.scans import COMPANIES, NOTES
    from scan.models import ScanNote, ScanPage, ScanResponse

    scan = ScanPage.objects.get(locale__language_code="en")
    names = [company[0] for company in COMPANIES]
    assert len(names) == len(set(names)) == 30
    responses = ScanResponse.objects.filter(
        scan_key=scan.translation_key, status=ScanResponse.Status.SUBMITTED, company_name__in=names
    )
    assert sorted(responses.values_list("company_name", flat=True)) == sorted(names)  # each once, after two runs
    for response in responses:
        assert response.page.locale.language_code == response.language
        assert 0 <= response.overall_score <= 100 and response.level
        assert not response.contact_email or response.contact_email.endswith(("@example.be", "@example.org"))
    assert {response.language for response in responses} == {"en", "nl", "fr", "de"}
    assert len({response.review_status for response in responses}) == 4
    assert responses.filter(wants_contact=True, review_status="new").exists()
    assert responses.filter(assigned_to__username="advisor").exists()
    assert sum(bool(response.suggestions) for response in responses) >= 25
    notes = ScanNote.objects.filter(response__in=responses)
    assert notes.count() == sum(len(texts) for texts in NOTES.values())
    assert set(notes.values_list("author__username", flat=True)) == {"advisor"}
