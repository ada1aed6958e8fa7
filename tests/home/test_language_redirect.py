"""`/` sends visitors to their language; pages live under /en/, /nl/, /fr/ and /de/."""

import pytest


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("nl-BE,nl;q=0.9,en;q=0.5", "/nl/"),
        ("fr-BE,fr;q=0.9", "/fr/"),
        ("de", "/de/"),
        ("de-DE,de;q=0.8", "/de/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("es-ES,es;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_to_the_visitors_language(client, db, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_root_redirect_prefers_the_language_the_visitor_chose(client, db, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    response = client.get("/", headers={"accept-language": "nl-BE"})
    assert response["Location"] == "/fr/"


def test_root_refuses_other_methods(client, db):
    assert client.post("/").status_code == 405
