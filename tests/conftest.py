"""Shared fixtures: the four locales and an alliance site tree built from the project's factories."""

from types import SimpleNamespace

import pytest
from django.core.cache import caches
from wagtail.models import Locale, Page, Site

from cms.page_cache import forget_local_state
from home import factories

LANGUAGE_CODES = ["en", "nl", "fr", "de"]


@pytest.fixture(autouse=True)
def empty_cache():
    """Start every test with empty caches: Wagtail caches the site root paths that tests change, and the rate
    limiter counts posts."""
    for alias in caches:
        caches[alias].clear()
    forget_local_state()
    yield
    for alias in caches:
        caches[alias].clear()
    forget_local_state()


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGE_CODES}


@pytest.fixture
def home_page(locales):
    """The English home page as the root of the default site, replacing Wagtail's welcome page."""
    # Deleting Wagtail's welcome page deletes the default site with it; a new one points at our home.
    Page.objects.filter(depth=2).delete()
    home = factories.HomePageFactory(
        parent=Page.get_first_root_node(), title="Belgian Biodiversity Alliance", slug="home"
    )
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Alliance")
    return home


def translate(page, locale, **fields):
    """Publish a translation of ``page`` in ``locale`` (its parent must be translated already)."""
    existing = page.get_translations().filter(locale=locale).first()
    translation = existing.specific if existing else page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


@pytest.fixture
def site_tree(home_page):
    """A small, complete English tree: two axes, three objectives, showcase, partners, news, a content page."""
    engagements = factories.EngagementIndexPageFactory(parent=home_page, title="Engagements", slug="engagements")
    axis1 = factories.AxisPageFactory(
        parent=engagements, number=1, title="Expanding the green-blue network in, around and between cities"
    )
    axis2 = factories.AxisPageFactory(
        parent=engagements,
        number=2,
        title="Making Belgian production and consumption biodiversity-positive",
    )
    connectivity = factories.ObjectivePageFactory(
        parent=axis1,
        number=5,
        title="Ecological connectivity",
        slug="ecological-connectivity",
        target_summary="By 2030, manage 4,000 km of linear infrastructure and 10,000 km of landscape elements.",
        targets=[
            {"value": 4000, "unit": "km", "description": "of linear infrastructure"},
            {"value": 10000, "unit": "km", "description": "of landscape elements"},
        ],
    )
    pollinators = factories.ObjectivePageFactory(
        parent=axis1,
        number=3,
        title="Bed & breakfasts for wild pollinators",
        slug="pollinators",
        targets=[{"value": 2000, "unit": "B&Bs", "description": "in urban and peri-urban areas"}],
    )
    surplus_food = factories.ObjectivePageFactory(
        parent=axis2,
        number=9,
        title="Surplus food",
        slug="surplus-food",
        targets=[{"value": 435000, "unit": "t/y", "description": "consumed, recovered or redistributed"}],
    )
    showcase = factories.ShowcaseIndexPageFactory(parent=home_page, title="Showcase", slug="showcase")
    natagora = factories.OrganisationFactory(name="Natagora", organisation_type="ngo", is_partner=True)
    genk = factories.OrganisationFactory(name="City of Genk", organisation_type="municipality")
    ponds = factories.ProjectPageFactory(
        parent=showcase,
        title="Ponds in Rochefort",
        slug="ponds-in-rochefort",
        organisation=natagora,
        province="namur",
        municipality="Rochefort",
        latitude="50.160000",
        longitude="5.220000",
        objectives=[connectivity],
    )
    forest = factories.ProjectPageFactory(
        parent=showcase,
        title="Forest in one day",
        slug="forest-in-one-day",
        organisation=genk,
        province="limburg",
        municipality="Genk",
        latitude="50.965000",
        longitude="5.500000",
        objectives=[pollinators],
    )
    partners = factories.PartnersPageFactory(parent=home_page, title="Partners", slug="partners")
    news_index = factories.NewsIndexPageFactory(parent=home_page, title="News", slug="news")
    news = factories.NewsPageFactory(
        parent=news_index, title="Welcome Be Planet", slug="welcome-be-planet", introduction="A new partner."
    )
    content = factories.ContentPageFactory(
        parent=home_page, title="Landscape images of the province of Antwerp", slug="landscape-images"
    )
    return SimpleNamespace(
        home=home_page,
        engagements=engagements,
        axes=[axis1, axis2],
        objectives={5: connectivity, 3: pollinators, 9: surplus_food},
        showcase=showcase,
        projects={"ponds": ponds, "forest": forest},
        organisations={"natagora": natagora, "genk": genk},
        partners=partners,
        news_index=news_index,
        news=news,
        content=content,
    )


@pytest.fixture
def site_tree_with_settings(site_tree):
    """The shared tree with its site settings saved: the first page shown would create them, which purges the page
    and fragment caches (for the tests of those caches)."""
    from home.models import SiteSettings

    SiteSettings.for_site(site_tree.home.get_site())
    return site_tree


@pytest.fixture
def dutch_tree(site_tree, locales):
    """The Dutch translation of the home page, the engagements section and one objective."""
    nl = locales["nl"]
    home = translate(site_tree.home, nl, title="Belgische Biodiversiteitsalliantie")
    engagements = translate(site_tree.engagements, nl, title="Engagementen")
    axis1 = translate(site_tree.axes[0], nl, title="Het groenblauwe netwerk uitbreiden")
    connectivity = translate(site_tree.objectives[5], nl, title="Ecologische connectiviteit")
    return SimpleNamespace(home=home, engagements=engagements, axis=axis1, connectivity=connectivity)


@pytest.fixture
def all_language_homes(site_tree, locales):
    """Published home pages in Dutch, French and German."""
    titles = {
        "nl": "Belgische Biodiversiteitsalliantie",
        "fr": "Alliance belge pour la biodiversité",
        "de": "Belgische Biodiversitätsallianz",
    }
    return {code: translate(site_tree.home, locales[code], title=title) for code, title in titles.items()}
