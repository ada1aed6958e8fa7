"""When the database cannot be reached, every request gets a translated "temporarily unavailable" page (503).

The database is made really unreachable for the requests: the default connection is pointed at a closed port
(PostgreSQL) or at a file in a folder that does not exist (SQLite), and its open connection is closed (or, for
SQLite's in-memory test database, put aside), so Django must connect again and fails. Django's request handling
is not mocked: the exception travels through the middleware to ``handler500`` (home.views.server_error) as it
does in production.
"""

import socket
from contextlib import contextmanager

import pytest
from django.db import DEFAULT_DB_ALIAS, OperationalError, connections
from django.http import HttpResponse
from django.test import Client, override_settings
from django.urls import path
from django.utils import translation

from home.views import server_error
from scan.models import ScanResponse

from .scan.conftest import PROFILE, Wizard, scan_page  # noqa: F401 -- scan_page is a fixture

# Transactional: the requests' own connections are taken away, which a test wrapped in a transaction cannot survive.
unreachable = pytest.mark.django_db(transaction=True)

TEXT = {
    "heading": "Temporarily unavailable",
    "message": "The site is briefly unavailable. Please try again in a minute.",
}
# Strings of the error pages' layout that the catalogues translate already.
HOME_LINK = {"en": "Go to the home page", "nl": "Naar de startpagina", "fr": "Aller à la page d'accueil"}


def closed_port():
    """A local TCP port nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def unreachable_database(tmp_path):
    """Point the default connection at a database that cannot be reached, then restore it."""
    connection = connections[DEFAULT_DB_ALIAS]
    original = connection.settings_dict
    broken = dict(original)
    if connection.vendor == "postgresql":
        broken.update(HOST="127.0.0.1", PORT=str(closed_port()))
    elif connection.vendor == "sqlite":
        broken["NAME"] = str(tmp_path / "no-such-folder" / "db.sqlite3")
    else:
        pytest.skip(f"no way to make a {connection.vendor} database unreachable here")
    # An in-memory SQLite test database lives as long as its connection: keep it aside rather than close it.
    # A PostgreSQL connection is closed for real, so the requests must connect again.
    kept = None
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        kept, connection.connection = connection.connection, None
    else:
        connection.close()
    connection.settings_dict = broken
    try:
        yield
    finally:
        connection.settings_dict = original
        if kept is not None:
            connection.connection = kept
        else:
            connection.close()
        connection.errors_occurred = False


def visitor():
    """A browser: Django's test client, but answering errors with the error page instead of re-raising them."""
    return Client(raise_request_exception=False)


def assert_unavailable(response, language):
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    assert response["Content-Language"] == language
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode().replace("&#x27;", "'")
    assert f'<html lang="{language}"' in html
    with translation.override(language):
        for text in TEXT.values():
            assert translation.gettext(text) in html
    if language in HOME_LINK:
        assert HOME_LINK[language] in html
    assert "Traceback" not in html
    assert "OperationalError" not in html
    return html


@unreachable
def test_the_database_really_is_unreachable(tmp_path):
    with unreachable_database(tmp_path), pytest.raises(OperationalError):
        ScanResponse.objects.count()
    assert ScanResponse.objects.count() == 0


@unreachable
@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_pages_answer_503_in_the_visitors_language(home_page, tmp_path, language):
    client = visitor()
    with unreachable_database(tmp_path):
        response = client.get(f"/{language}/")
        assert_unavailable(response, language)
    assert client.get("/en/").status_code == 200


@unreachable
def test_a_company_in_the_middle_of_the_scan_gets_503_and_continues_afterwards(scan_page, tmp_path):  # noqa: F811
    client = visitor()
    wizard = Wizard(client, scan_page)
    assert wizard.start().status_code == 302
    with unreachable_database(tmp_path):
        # Loading the session, the page, the draft: each needs the database.
        assert_unavailable(client.get(wizard.url("profile")), "en")
        assert_unavailable(wizard.post("profile", PROFILE), "en")
        assert_unavailable(client.get(scan_page.url), "en")
    # The same browser, with the same cookies, continues where it was.
    response = wizard.post("profile", PROFILE)
    assert response.status_code == 302
    assert response["Location"] == wizard.url("site")
    draft = ScanResponse.objects.get()
    assert draft.status == ScanResponse.Status.DRAFT
    assert draft.company_name == PROFILE["company_name"]
    assert client.get(wizard.url("site")).status_code == 200


@unreachable
def test_a_post_in_dutch_or_french_gets_the_page_in_that_language(scan_page, tmp_path):  # noqa: F811
    client = visitor()
    with unreachable_database(tmp_path):
        for language in ("nl", "fr"):
            assert_unavailable(client.get(f"/{language}/scan/intro/"), language)
            assert_unavailable(client.post(f"/{language}/scan/intro/", {"intro-consent": "on"}), language)


def fresh_session_view(request):
    """Writes to a new session and needs nothing else: only the session middleware's save meets the database."""
    request.session["seen"] = True
    return HttpResponse("saved")


urlpatterns = [path("nl/session-only/", fresh_session_view)]
handler500 = "home.views.server_error"


@unreachable
@override_settings(ROOT_URLCONF=__name__)
def test_a_failure_in_a_middleware_gets_the_503_page_too(tmp_path):
    client = visitor()
    with unreachable_database(tmp_path):
        assert_unavailable(client.get("/nl/session-only/"), "nl")
    response = client.get("/nl/session-only/")
    assert response.status_code == 200
    assert client.session["seen"] is True


@unreachable
def test_an_outage_is_logged_as_one_warning_line_per_request(home_page, tmp_path, caplog):
    client = visitor()
    with unreachable_database(tmp_path), caplog.at_level("WARNING", logger="django.request"):
        assert client.get("/nl/").status_code == 503
    records = [record for record in caplog.records if record.name == "django.request"]
    assert len(records) == 1
    assert records[0].levelname == "WARNING"
    assert records[0].getMessage().startswith("Service Unavailable (database): /nl/ (OperationalError: ")
    assert records[0].exc_info is None


def test_a_database_error_from_a_database_that_answers_is_a_500_not_an_outage(rf, db):
    """A query the database refuses while it answers (SQLite's "no such table", a statement timeout) is a bug or an
    overload to be reported, not hidden behind "temporarily unavailable"."""

    def handle(error):
        try:
            raise error
        except Exception:
            return server_error(rf.get("/fr/"))

    assert handle(OperationalError("no such table: nowhere")).status_code == 500
    assert handle(ValueError("a bug")).status_code == 500
    wrapped = RuntimeError("could not load the page")
    wrapped.__cause__ = OperationalError("no such table: nowhere")
    assert handle(wrapped).status_code == 500


def test_a_database_error_that_wraps_an_outage_is_still_an_outage(rf, tmp_path):
    with unreachable_database(tmp_path):
        wrapped = RuntimeError("could not load the page")
        wrapped.__cause__ = OperationalError("the server closed the connection")
        try:
            raise wrapped
        except Exception:
            response = server_error(rf.get("/fr/"))
    assert response.status_code == 503
