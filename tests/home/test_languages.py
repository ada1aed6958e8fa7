"""Languages: <html lang>, hreflang alternates, the language switcher, translated error pages."""

import re

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def hreflang_links(html):
    """{hreflang: href} of the <link rel="alternate"> tags."""
    links = {}
    for tag in re.findall(r"<link[^>]+rel=\"alternate\"[^>]*>", html):
        language = re.search(r'hreflang="([^"]+)"', tag)
        href = re.search(r'href="([^"]+)"', tag)
        if language and href:
            links[language.group(1)] = href.group(1)
    return links


def switcher_links(html):
    """{language: href} of the language switcher's links (marked with hreflang and lang on <a>)."""
    pattern = r'<a[^>]*href="([^"]+)"[^>]*\shreflang="([a-z]{2})"[^>]*>'
    return {language: href for href, language in re.findall(pattern, html)}


def test_every_language_tree_sets_html_lang(client, dutch_tree, all_language_homes):
    for code in ("en", "nl", "fr", "de"):
        response = client.get(f"/{code}/")
        assert response.status_code == 200
        assert f'<html lang="{code}"' in response.content.decode()


def test_hreflang_lists_the_live_translations_only(client, site_tree, dutch_tree):
    html = client.get(dutch_tree.connectivity.url).content.decode()
    links = hreflang_links(html)
    assert links["en"].endswith(site_tree.objectives[5].url)
    assert links["nl"].endswith(dutch_tree.connectivity.url)
    assert "fr" not in links and "de" not in links


def test_unpublished_translations_are_not_alternates(client, site_tree, dutch_tree):
    dutch_tree.connectivity.unpublish()
    html = client.get(site_tree.objectives[5].url).content.decode()
    assert "nl" not in hreflang_links(html)


def test_switcher_keeps_the_visitor_on_the_same_page(client, site_tree, dutch_tree, all_language_homes):
    html = client.get(site_tree.objectives[5].url).content.decode()
    links = switcher_links(html)
    assert links["nl"] == dutch_tree.connectivity.url
    assert links["en"] == site_tree.objectives[5].url


def test_switcher_falls_back_to_the_languages_home_page(client, site_tree, dutch_tree, all_language_homes):
    html = client.get(site_tree.objectives[5].url).content.decode()
    links = switcher_links(html)
    assert links["fr"] == "/fr/"
    assert links["de"] == "/de/"


def test_dutch_pages_show_dutch_interface_text(client, dutch_tree):
    objective = dutch_tree.connectivity
    objective.achievements = [("item", "Herstel en instandhouding van de biodiversiteit")]
    objective.save_revision().publish()
    html = client.get(objective.url).content.decode()
    assert '<html lang="nl"' in html
    assert "Ecologische connectiviteit" in html
    assert "Herstel en instandhouding van de biodiversiteit" in html
    assert "Wat moet er worden bereikt" in html


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Page not found"),
        ("nl", "Pagina niet gevonden"),
        ("fr", "Page introuvable"),
        ("de", "Seite nicht gefunden"),
    ],
)
def test_not_found_page_speaks_the_visitors_language(client, all_language_homes, language, title):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert title in html
    assert f'<html lang="{language}"' in html


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Something went wrong"),
        ("nl", "Er ging iets mis"),
        ("fr", "Une erreur s'est produite"),
        ("de", "Etwas ist schiefgelaufen"),
    ],
)
def test_server_error_page_speaks_the_visitors_language(language, text, rf):
    from django.utils import translation

    from home.views import server_error

    with translation.override(language), override_settings(DEBUG=False):
        response = server_error(rf.get(f"/{language}/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert text in html.replace("&#x27;", "'")
    assert f'<html lang="{language}"' in html
