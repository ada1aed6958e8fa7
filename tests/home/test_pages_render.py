"""Every page type renders in its language and shows its fields."""

from html import escape

import pytest

from home import factories

pytestmark = pytest.mark.django_db


def get_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, f"{page.url} answered {response.status_code}"
    return response.content.decode()


def test_home_page_shows_hero_axes_objectives_featured_projects_news_and_partners(client, site_tree):
    home = site_tree.home
    home.hero_title = "Voluntary engagements"
    home.hero_text = "The alliance mobilises Belgian society."
    home.join_title = "Are you ready to join the movement?"
    home.join_page = site_tree.engagements
    home.featured_projects.create(project=site_tree.projects["ponds"])
    home.save_revision().publish()

    html = get_html(client, home)
    assert '<html lang="en"' in html
    assert "Voluntary engagements" in html
    assert "The alliance mobilises Belgian society." in html
    for axis in site_tree.axes:
        assert escape(axis.title) in html
    assert "Ecological connectivity" in html and "Surplus food" in html
    assert "Ponds in Rochefort" in html
    assert "Welcome Be Planet" in html
    assert "Natagora" in html
    assert "Are you ready to join the movement?" in html
    assert site_tree.engagements.url in html


def test_home_page_hides_the_scan_call_until_a_scan_page_is_chosen(client, site_tree):
    home = site_tree.home
    home.scan_title = "Take the biodiversity scan"
    home.save_revision().publish()
    assert "Take the biodiversity scan" not in get_html(client, home)

    home.scan_page = site_tree.content
    home.save_revision().publish()
    html = get_html(client, home)
    assert "Take the biodiversity scan" in html
    assert site_tree.content.url in html


def test_engagement_index_lists_both_axes_with_their_objectives(client, site_tree):
    html = get_html(client, site_tree.engagements)
    for axis in site_tree.axes:
        assert escape(axis.title) in html
    for objective in site_tree.objectives.values():
        assert escape(objective.title) in html
        assert objective.url in html


def test_axis_page_lists_its_own_objectives_only(client, site_tree):
    html = get_html(client, site_tree.axes[0])
    assert "Ecological connectivity" in html
    assert "Bed &amp; breakfasts for wild pollinators" in html
    assert "Surplus food" not in html


def test_objective_page_shows_axis_targets_lists_and_model_projects(client, site_tree):
    objective = site_tree.objectives[5]
    objective.narrative = "<p>Infrastructure fragments the ecological network.</p>"
    objective.achievements = [("item", "Restore and maintain biodiversity")]
    objective.criteria = [("item", "Facilitate the safe migration of species")]
    objective.save_revision().publish()

    html = get_html(client, objective)
    assert site_tree.axes[0].title in html
    assert "Ecological connectivity" in html
    assert "By 2030, manage 4,000 km of linear infrastructure" in html
    assert "of linear infrastructure" in html and "of landscape elements" in html
    assert "4,000" in html or "4000" in html
    assert "10,000" in html or "10000" in html
    assert "Infrastructure fragments the ecological network." in html
    assert "Restore and maintain biodiversity" in html
    assert "Facilitate the safe migration of species" in html
    assert "Ponds in Rochefort" in html
    assert "Forest in one day" not in html
    assert "There are no projects for this objective yet" not in html


def test_objective_without_projects_shows_the_empty_state(client, site_tree):
    html = get_html(client, site_tree.objectives[9])
    assert "There are no projects for this objective yet" in html
    assert "suggest one" in html
    assert "mailto:" in html


def test_project_page_shows_its_fields(client, site_tree):
    project = site_tree.projects["ponds"]
    project.subtitle = "Water is life"
    project.website = "https://www.natagora.be/"
    project.start_year = 2021
    project.contribution_value = 84
    project.contribution_unit = "ponds"
    project.cost = "€ 250,000"
    project.criteria_met = "<p>Native species only.</p>"
    project.maintenance = "<p>Mown once a year by volunteers.</p>"
    project.benefits = "<p>Less run-off during heavy rain.</p>"
    project.partners.create(organisation=site_tree.organisations["genk"])
    project.save_revision().publish()

    html = get_html(client, project)
    for expected in (
        "Ponds in Rochefort",
        "Water is life",
        "Natagora",
        "City of Genk",
        "https://www.natagora.be/",
        "2021",
        "84",
        "ponds",
        "€ 250,000",
        "Native species only.",
        "Mown once a year by volunteers.",
        "Less run-off during heavy rain.",
        "Rochefort",
        "Namur",
        "Ecological connectivity",
        site_tree.objectives[5].url,
    ):
        assert expected in html, expected


def test_partners_page_lists_partners_only(client, site_tree):
    html = get_html(client, site_tree.partners)
    assert "Natagora" in html
    assert "City of Genk" not in html


def test_news_index_lists_items_newest_first_and_paginates(client, site_tree):
    for day in range(1, 13):
        factories.NewsPageFactory(
            parent=site_tree.news_index, title=f"Item of day {day:02d}", date=f"2025-10-{day:02d}"
        )
    html = get_html(client, site_tree.news_index)
    assert html.index("Item of day 12") < html.index("Item of day 11")
    response = client.get(site_tree.news_index.url + "?page=2")
    assert response.status_code == 200
    assert "Item of day 01" in response.content.decode()
    assert client.get(site_tree.news_index.url + "?page=99").status_code == 404
    assert client.get(site_tree.news_index.url + "?page=abc").status_code == 200


def test_news_page_shows_date_introduction_body_and_related_projects(client, site_tree):
    news = site_tree.news
    news.date = "2025-11-04"
    news.body = [("paragraph", "<p>Be Planet has supported more than 600 initiatives.</p>")]
    news.related_projects.create(project=site_tree.projects["forest"])
    news.save_revision().publish()
    html = get_html(client, news)
    assert "A new partner." in html
    assert "Be Planet has supported more than 600 initiatives." in html
    assert "Forest in one day" in html
    assert "2025" in html


def test_content_page_renders_every_block(client, site_tree):
    page = site_tree.content
    page.body = [
        ("heading", {"text": "Landscape images", "size": "h2"}),
        ("paragraph", "<p>The province is divided into 18 regions.</p>"),
        ("quote", {"text": "In which landscape image do you live?", "attribution": "Province of Antwerp"}),
        (
            "call_to_action",
            {
                "title": "See the showcase",
                "text": "",
                "button_text": "Showcase",
                "page": site_tree.showcase,
                "url": "",
            },
        ),
    ]
    page.save_revision().publish()
    html = get_html(client, page)
    assert "Landscape images" in html
    assert "The province is divided into 18 regions." in html
    assert "In which landscape image do you live?" in html
    assert site_tree.showcase.url in html


def test_breadcrumbs_lead_from_home_to_the_page(client, site_tree):
    html = get_html(client, site_tree.objectives[5])
    assert 'aria-label="Breadcrumb"' in html or "breadcrumb" in html.lower()
    assert site_tree.engagements.url in html
    assert site_tree.axes[0].url in html


def test_main_menu_shows_the_pages_editors_put_in_it(client, site_tree):
    link = f'href="{site_tree.partners.url}"'
    assert link not in get_html(client, site_tree.news)
    site_tree.partners.show_in_menus = True
    site_tree.partners.save_revision().publish()
    assert link in get_html(client, site_tree.news)


def test_pictures_offer_avif_and_webp_and_renditions_are_made_once(client, site_tree):
    from wagtail.images import get_image_model

    project = site_tree.projects["ponds"]
    project.image = factories.ImageFactory()
    project.save_revision().publish()
    html = get_html(client, project)
    assert 'type="image/avif"' in html and 'type="image/webp"' in html
    assert ".avif " in html and ".webp " in html  # in the srcset, with their widths
    renditions = get_image_model().get_rendition_model().objects.count()
    assert renditions >= 9  # three sizes in three formats
    get_html(client, project)
    assert get_image_model().get_rendition_model().objects.count() == renditions
