"""Factories for the alliance's pages, snippets and images, shared by the tests and the demo loader.

Every page factory takes ``parent=``; without it, it builds the parents it needs (a home page under the
tree's root, then the section page), so ``ProjectPageFactory()`` alone gives a working project page. Pages
take the locale of their parent. Child rows are made by post-generation hooks::

    objective = ObjectivePageFactory(parent=axis, targets=[{"value": 4000, "unit": "km"}])
    project = ProjectPageFactory(parent=showcase, objectives=[objective], partners=[organisation])
"""

import datetime
import random
from decimal import Decimal

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Collection, Locale, Page

from home.choices import OrganisationType, Province
from home.demo.images import landscape_bytes, logo_bytes
from home.models import (
    AxisPage,
    ContentPage,
    EngagementIndexPage,
    FooterText,
    HomeFeaturedProject,
    HomePage,
    NewsIndexPage,
    NewsPage,
    NewsRelatedProject,
    ObjectivePage,
    ObjectiveTarget,
    Organisation,
    PartnersPage,
    ProjectObjective,
    ProjectPage,
    ProjectPartner,
    ShowcaseIndexPage,
)
from scan import defaults as scan_defaults
from scan.models import ScanPage

PROJECT_NAMES = [
    "Hedges along the railway",
    "Ponds for the tree frog",
    "A flowering schoolyard",
    "Green roofs in the harbour",
    "A forest for every child",
    "Room for the river",
]
OBJECTIVE_NAMES = ["Urban and peri-urban areas", "Buildings and infrastructures", "Ecological connectivity"]


def paragraph(text):
    return f"<p>{text}</p>"


def list_items(items):
    """Raw data for a ListItemsBlock stream (achievements, criteria)."""
    return [{"type": "item", "value": item} for item in items]


def root_collection():
    return Collection.get_first_root_node()


# Images ------------------------------------------------------------------------------------------------------


class ImageFactory(wagtail_factories.ImageFactory):
    """A Wagtail image drawn by Pillow: a landscape in nature colours, or a logo when ``logo=True``.

    The picture depends only on ``seed`` (the title by default), so the same title always draws the same image.
    """

    class Params:
        seed = factory.SelfAttribute("title")
        logo = False
        width = 1200
        height = 800

    title = factory.Sequence(lambda n: f"Landscape {n}")
    collection = factory.LazyFunction(root_collection)
    file = factory.LazyAttribute(
        lambda o: (
            ContentFile(logo_bytes(o.seed), name=f"{slugify(o.title)[:60] or 'logo'}.png")
            if o.logo
            else ContentFile(landscape_bytes(o.seed, o.width, o.height), name=f"{slugify(o.title)[:60] or 'image'}.jpg")
        )
    )


# Snippets ----------------------------------------------------------------------------------------------------


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Faker("company")
    organisation_type = OrganisationType.COMPANY
    website = factory.Faker("url")
    description = factory.LazyAttribute(lambda o: paragraph(f"{o.name} works for nature close to home."))
    is_partner = False
    logo = None
    locale = factory.LazyFunction(Locale.get_default)


class FooterTextFactory(DjangoModelFactory):
    class Meta:
        model = FooterText

    body = paragraph("The Belgian Biodiversity Alliance mobilises Belgian society for biodiversity.")
    locale = factory.LazyFunction(Locale.get_default)


# Pages -------------------------------------------------------------------------------------------------------


class AlliancePageFactory(wagtail_factories.PageFactory):
    """Base for the alliance's page factories: no extra save after the post-generation hooks."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True


class HomePageFactory(AlliancePageFactory):
    class Meta:
        model = HomePage

    parent = factory.LazyFunction(Page.get_first_root_node)
    title = factory.Sequence(lambda n: f"Home {n}")
    hero_title = "Voluntary engagements"
    hero_text = (
        "The Belgian Biodiversity Alliance mobilizes Belgian society in a concrete way in the fight against the "
        "decline of biodiversity, through voluntary commitments."
    )
    introduction = paragraph("Biodiversity, the fabric of life, is being depleted at an alarming rate.")
    join_title = "Are you ready to join the movement?"
    join_text = "Join us and let's achieve our goals together!"

    @factory.post_generation
    def featured_projects(obj, create, extracted, **kwargs):
        if create and extracted:
            for index, project in enumerate(extracted):
                HomeFeaturedProject.objects.create(page=obj, project=project, sort_order=index)


class ContentPageFactory(AlliancePageFactory):
    class Meta:
        model = ContentPage

    parent = factory.SubFactory(HomePageFactory)
    title = factory.Sequence(lambda n: f"About the alliance {n}")
    introduction = factory.Faker("paragraph", nb_sentences=2)
    body = factory.LazyFunction(list)


class EngagementIndexPageFactory(AlliancePageFactory):
    class Meta:
        model = EngagementIndexPage

    parent = factory.SubFactory(HomePageFactory)
    title = "Engagements"
    slug = "engagements"
    introduction = paragraph("Discover the two axes and the 10 objectives on which you can act.")


class AxisPageFactory(AlliancePageFactory):
    class Meta:
        model = AxisPage

    parent = factory.SubFactory(EngagementIndexPageFactory)
    number = factory.Sequence(lambda n: n % 2 + 1)
    title = factory.LazyAttributeSequence(
        lambda o, n: (
            f"Axis {o.number}: "
            + ("Expanding the green-blue network" if o.number == 1 else "Biodiversity-positive consumption")
            + f" {n}"
        )
    )
    introduction = paragraph("The objectives of this axis make the green-blue network larger and better connected.")


class ObjectiveTargetFactory(DjangoModelFactory):
    class Meta:
        model = ObjectiveTarget

    page = factory.SubFactory("home.factories.ObjectivePageFactory", targets=[])
    locale = factory.SelfAttribute("page.locale")
    value = Decimal("4000")
    unit = "km"
    description = "of linear infrastructure managed"
    year = 2030


class ObjectivePageFactory(AlliancePageFactory):
    """An objective; ``targets`` takes a list of dicts (ObjectiveTarget fields) and defaults to one target."""

    class Meta:
        model = ObjectivePage

    parent = factory.SubFactory(AxisPageFactory)
    number = factory.Sequence(lambda n: n % 99 + 1)
    title = factory.LazyAttributeSequence(lambda o, n: f"{OBJECTIVE_NAMES[n % len(OBJECTIVE_NAMES)]} {n}")
    target_summary = "By 2030, manage 4,000 km of linear infrastructure to improve ecological connectivity."
    narrative = paragraph("Infrastructure is a major cause of the fragmentation of the ecological network.")
    achievements = factory.LazyFunction(
        lambda: list_items(["Restoration and conservation of biodiversity", "Biodiverse landscape elements"])
    )
    criteria = factory.LazyFunction(
        lambda: list_items(["Use local species where appropriate", "Manage the adjustments ecologically"])
    )

    @factory.post_generation
    def targets(obj, create, extracted, **kwargs):
        if not create:
            return
        specs = [{}] if extracted is None else extracted
        for index, spec in enumerate(specs):
            ObjectiveTargetFactory(page=obj, locale=obj.locale, sort_order=index, **spec)


class ShowcaseIndexPageFactory(AlliancePageFactory):
    class Meta:
        model = ShowcaseIndexPage

    parent = factory.SubFactory(HomePageFactory)
    title = "Projects and initiatives"
    slug = "showcase"
    introduction = paragraph("Examples of ongoing or successful biodiversity projects and actions.")


def _belgian_coordinate(low, high):
    return Decimal(f"{random.uniform(low, high):.6f}")


class ProjectPageFactory(AlliancePageFactory):
    """A showcase project; ``objectives`` and ``partners`` take lists of pages and organisations."""

    class Meta:
        model = ProjectPage

    parent = factory.SubFactory(ShowcaseIndexPageFactory)
    title = factory.Sequence(lambda n: f"{PROJECT_NAMES[n % len(PROJECT_NAMES)]} {n}")
    subtitle = "A project that makes room for nature"
    description = factory.LazyAttribute(lambda o: paragraph(f"{o.title} restores habitats and connects them."))
    organisation = factory.SubFactory(OrganisationFactory, locale=factory.SelfAttribute("..parent.locale"))
    start_year = factory.Faker("random_int", min=2015, max=2025)
    municipality = "Genk"
    province = factory.Faker("random_element", elements=Province.values)
    latitude = factory.LazyFunction(lambda: _belgian_coordinate(50.3, 51.2))
    longitude = factory.LazyFunction(lambda: _belgian_coordinate(3.2, 5.8))
    contribution_value = Decimal("3.2")
    contribution_unit = "km of hedges"
    cost = "€ 25,000"
    criteria_met = paragraph("Only native species of local origin are planted.")
    maintenance = paragraph("Volunteers prune the hedges every winter.")
    benefits = paragraph("Shelter from the wind, flowers for pollinators and nesting places for birds.")

    @factory.post_generation
    def objectives(obj, create, extracted, **kwargs):
        if create and extracted:
            for index, objective in enumerate(extracted):
                ProjectObjective.objects.create(page=obj, objective=objective, sort_order=index)

    @factory.post_generation
    def partners(obj, create, extracted, **kwargs):
        if create and extracted:
            for index, organisation in enumerate(extracted):
                ProjectPartner.objects.create(page=obj, organisation=organisation, locale=obj.locale, sort_order=index)


class PartnersPageFactory(AlliancePageFactory):
    class Meta:
        model = PartnersPage

    parent = factory.SubFactory(HomePageFactory)
    title = "Partners"
    slug = "partners"
    introduction = paragraph("The partners of the alliance.")


class NewsIndexPageFactory(AlliancePageFactory):
    class Meta:
        model = NewsIndexPage

    parent = factory.SubFactory(HomePageFactory)
    title = "News"
    slug = "news"
    introduction = paragraph("News from the alliance.")


class NewsPageFactory(AlliancePageFactory):
    """A news item; ``related_projects`` takes a list of project pages."""

    class Meta:
        model = NewsPage

    parent = factory.SubFactory(NewsIndexPageFactory)
    title = factory.Sequence(lambda n: f"News from the alliance {n}")
    date = factory.Sequence(lambda n: datetime.date(2025, 11, 28) - datetime.timedelta(days=n))
    introduction = factory.Faker("sentence", nb_words=14)
    body = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": paragraph("A new project joined the alliance this month.")}]
    )

    @factory.post_generation
    def related_projects(obj, create, extracted, **kwargs):
        if create and extracted:
            for index, project in enumerate(extracted):
                NewsRelatedProject.objects.create(page=obj, project=project, sort_order=index)


class ScanPageFactory(AlliancePageFactory):
    """The biodiversity scan with the default questionnaire of ``scan.defaults`` (in English)."""

    class Meta:
        model = ScanPage

    parent = factory.SubFactory(HomePageFactory)
    title = "Biodiversity scan"
    slug = "scan"
    introduction = paragraph("Find out where your company stands on biodiversity.")
    privacy_notice = paragraph("We use your answers to give you your scores. Drafts are deleted after 30 days.")
    consent_version = "1"
    questionnaire = factory.LazyFunction(scan_defaults.questionnaire_stream)
    levels = factory.LazyFunction(scan_defaults.levels_stream)
    ladder = factory.LazyFunction(scan_defaults.ladder_stream)
    tag_reasons = factory.LazyFunction(scan_defaults.tag_reasons_stream)
    ladder_theme = scan_defaults.LADDER_THEME
