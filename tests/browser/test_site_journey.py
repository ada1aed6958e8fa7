"""A visitor opens the home page, switches language and filters the showcase, in headless Chromium."""

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def map_without_tiles(settings):
    # The map's tile server is on the internet; the journey checks the markers and the page, not the tiles.
    settings.MAP_TILES_URL = ""


def test_home_language_switch_and_showcase_filter(
    transactional_db, live_server, page, site_tree, dutch_tree, all_language_homes, map_without_tiles
):
    page.goto(live_server.url + "/")
    assert page.url == live_server.url + "/en/"
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).first.is_visible()

    page.locator('a[hreflang="nl"]').first.click()
    page.wait_for_url(live_server.url + "/nl/")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert "Belgische Biodiversiteitsalliantie" in page.title()

    page.goto(live_server.url + site_tree.showcase.url)
    cards = page.locator("main article")
    assert cards.count() == 2
    page.select_option('select[name="objective"]', "5")
    page.locator('form [type="submit"]').first.click()
    page.wait_for_url("**objective=5**")
    assert page.locator("main article").count() == 1
    assert page.get_by_text("Ponds in Rochefort").first.is_visible()
    assert page.locator("#showcase-map .leaflet-marker-icon").count() == 1

    assert page.errors == []
