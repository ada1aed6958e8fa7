"""Factories for the alliance's pages, snippets and images, shared by the tests and the demo loader.

Every page factory takes ``parent=``; without it, it builds the parents it needs (a home page under the
tree's root, then the section page), so ``ProjectPageFactory()`` alone gives a working project page. Pages
take the locale of their parent. Child rows are made by post-generation hooks::

    objective = ObjectivePageFactory(parent=axis, targets=[{"value": 4000, "unit": "km"}])
    project = ProjectPageFactory(parent=showcase, objectives=[objective], partners=[organisation])

Scan responses: ``ScanResponseFactory`` makes a draft with a company profile (``submit=answers`` submits it), and
``submitted_scan(page, rng)`` draws a whole plausible fictional company, answers the page's questionnaire as it
would and submits it through ``scan.submission.submit_response``, so that its scores and suggestions are real::

    rng = random.Random(2030)
    response = submitted_scan(scan_page, rng, advisor=advisor)  # a language, a profile, answers, a follow-up
    response = submitted_scan(scan_page, rng, language="nl", outdoor_area=0, review_status="new")
"""

import datetime
import math
import random
from decimal import Decimal

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Collection, Locale, Page

from home.choices import OrganisationType, Province
from home.demo import companies
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
from scan import questionnaire as q
from scan.choices import Border, Commodity, Sector, StaffSize, Tenure, province_for_postcode
from scan.models import ScanPage, ScanResponse
from scan.submission import submit_response

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


# Scan responses ----------------------------------------------------------------------------------------------


class ScanResponseFactory(DjangoModelFactory):
    """A draft response of a small manufacturer in Antwerp to ``page`` (a new scan page by default).

    ``ScanResponseFactory(submit={...answers...})`` submits it with those answers through ``submit_response``.
    """

    class Meta:
        model = ScanResponse
        skip_postgeneration_save = True

    page = factory.SubFactory(ScanPageFactory)
    scan_key = factory.SelfAttribute("page.translation_key")
    language = factory.LazyAttribute(lambda o: o.page.locale.language_code)
    consent_version = factory.LazyAttribute(lambda o: o.page.consent_version)
    consent_given_at = factory.LazyFunction(timezone.now)
    company_name = factory.Sequence(lambda n: f"Example company {n}")
    sector = Sector.C
    staff = StaffSize.SMALL
    tenure = Tenure.OWNER
    postcode = "2000"
    municipality = "Antwerpen"
    province = factory.LazyAttribute(lambda o: province_for_postcode(o.postcode))
    total_area = 12_000
    built_area = 5_000
    outdoor_area = 7_000
    parking_area = 1_000
    borders = factory.LazyFunction(lambda: [Border.HOUSING])
    buys_risky_commodities = False
    risky_commodities = factory.LazyFunction(list)
    sells_food = False
    finances = False
    primary_production = False

    @factory.post_generation
    def submit(obj, create, extracted, **kwargs):
        if create and extracted is not None:
            submit_response(obj, obj.page, dict(extracted), language=obj.language)


def _weighted(rng, weights):
    """A key of ``weights`` ({key: weight}) drawn with those weights."""
    keys = list(weights)
    return rng.choices(keys, [weights[key] for key in keys])[0]


KINDS_BY_CODE = {kind.code: kind for kind in companies.KINDS}


def company_name(rng, language, kind=None):
    """A fictional company name in ``language``: "Brouwerij De Linde BV", "Transports Meuse SA", "Oakwood Farm"."""
    kind = kind or rng.choice(companies.KINDS)
    word, part = kind.words[language], rng.choice(companies.NAME_PARTS[language])
    name = f"{part} {word}" if language == "en" else f"{word} {part}"
    form = rng.choice(companies.LEGAL_FORMS[language])
    return f"{name} {form}" if form else name


def _ascii(text):
    return slugify(text).replace("-", "")


def company_profile(rng, *, language=None, kind=None, postcode=None):
    """The profile columns of a plausible fictional company (a dict of ScanResponse fields, with ``language``).

    The kind of business (``kind``: a code of ``home.demo.companies.KINDS``, drawn by default) decides the
    sector, the sizes and what the company buys; the municipality (the one of ``postcode`` when given) decides
    the province and the usual languages. Areas add up: built + outdoor = total, parking ≤ outdoor; office
    tenants often have no outdoor area, and a few companies leave the areas blank.
    """
    kind = KINDS_BY_CODE[kind] if kind else rng.choice(companies.KINDS)
    places = [place for place in companies.MUNICIPALITIES if place[0] == postcode] if postcode else []
    postcode, municipality, region = places[0] if places else rng.choice(companies.MUNICIPALITIES)
    language = language or _weighted(rng, companies.REGION_LANGUAGES[region])
    staff = rng.choices(list(StaffSize.values), kind.staff)[0]
    if kind.office:
        tenure = Tenure.TENANT if rng.random() < 0.7 else Tenure.OWNER
    else:
        tenure = Tenure.OWNER if rng.random() < 0.7 else Tenure.TENANT
    total = built = outdoor = parking = None
    if rng.random() >= 0.06:  # a few companies do not know their areas
        low, high = kind.areas
        total = int(round(math.exp(rng.uniform(math.log(low), math.log(high))), -1 if high < 5_000 else -2))
        if kind.office and rng.random() < 0.4:
            built, outdoor, parking = total, 0, 0
        else:
            built = int(round(total * rng.uniform(*kind.built), -1))
            built = min(max(built, 10), total)
            outdoor = total - built
            share = (0.005, 0.05) if kind.rural else (0.2, 0.7) if kind.office else (0.05, 0.4)
            parking = 0 if outdoor == 0 or rng.random() < 0.2 else int(round(outdoor * rng.uniform(*share), -1))
    border_odds = {
        Border.NATURE: 0.3 if kind.rural else 0.12,
        Border.WATER: 0.25 if kind.rural else 0.14,
        Border.INFRASTRUCTURE: 0.45,
        Border.FARMLAND: 0.6 if kind.rural else 0.18,
        Border.HOUSING: 0.2 if kind.rural else 0.5,
    }
    borders = [border for border, odds in border_odds.items() if rng.random() < odds]
    if kind.commodities and rng.random() < 0.75:
        pool = list(kind.commodities)
        risky = rng.sample(pool, rng.randint(1, len(pool)))
    elif rng.random() < 0.1:
        risky = [rng.choice(["paper", "timber", "coffee"])]
    else:
        risky = []
    order = list(Commodity.values)
    first, last = rng.choice(companies.FIRST_NAMES[language]), rng.choice(companies.LAST_NAMES[language])
    return {
        "language": language,
        "company_name": company_name(rng, language, kind),
        "sector": kind.sector,
        "staff": staff,
        "tenure": tenure,
        "postcode": postcode,
        "municipality": municipality,
        "province": province_for_postcode(postcode),
        "total_area": total,
        "built_area": built,
        "outdoor_area": outdoor,
        "parking_area": parking,
        "borders": [str(border) for border in borders],
        "buys_risky_commodities": bool(risky),
        "risky_commodities": sorted(risky, key=order.index),
        "sells_food": kind.food or rng.random() < 0.12,  # a canteen counts
        "finances": kind.finances or rng.random() < 0.05,
        "primary_production": kind.primary or rng.random() < 0.02,
        "contact_name": f"{first} {last}",
        "contact_email": f"{_ascii(first)}.{_ascii(last)}@{rng.choice(companies.EMAIL_DOMAINS)}",
    }


def _pick_by_points(rng, items, points, quality):
    """One of ``items``, better-scoring ones more likely as ``quality`` (0–1) rises; 0.5 picks evenly."""
    worst, best = min(points), max(points)
    if best == worst:
        return rng.choice(items)
    steepness = 8 * (quality - 0.5)
    weights = [math.exp(steepness * ((point - worst) / (best - worst) - 0.5)) for point in points]
    return rng.choices(items, weights)[0]


# The most that is plausible for some number questions of the default questionnaire, from the outdoor area.
NUMBER_LIMITS = {"hedges": lambda outdoor: outdoor / 5, "ponds": lambda outdoor: outdoor / 150}


def _number_answer(question, known, rng, quality):
    if question.bands:
        band = _pick_by_points(rng, question.bands, [band.points for band in question.bands], quality)
        low = math.ceil(band.minimum)
        high = math.ceil(band.maximum) - 1 if band.maximum is not None else int(max(band.minimum * 3, low + 5))
    else:
        low, high = 0, 100
    if question.maximum is not None:
        high = min(high, int(question.maximum))
    limit = NUMBER_LIMITS.get(question.code)
    if limit and known.get("outdoor_area"):
        high = min(high, max(low, int(limit(known["outdoor_area"]))))
    value = rng.randint(low, max(low, high))
    total = known.get("total_area")
    if question.fact == "sealed_share_pct" and total:
        # buildings are sealed, and most parking too
        sealed = (known.get("built_area") or 0) + 0.6 * (known.get("parking_area") or 0)
        value = max(value, min(100, math.ceil(100 * sealed / total)))
    return float(value)


def _choice_answer(question, known, rng, quality):
    regular = [option for option in question.options if not option.not_applicable]
    not_applicable = [option for option in question.options if option.not_applicable]
    if question.code == "permeable_parking" and not_applicable:
        if not known.get("parking_area"):
            return not_applicable[0].code
        not_applicable = []
    if not_applicable and (not regular or rng.random() < 0.05):
        return rng.choice(not_applicable).code
    if question.kind == q.MULTIPLE:
        chosen = [
            option.code
            for option in regular
            if (option.points > 0 and rng.random() < 0.1 + 0.75 * quality)
            or (option.points < 0 and rng.random() < 0.5 * (1 - quality))
        ]
        if not chosen:
            nothing = [option.code for option in regular if option.points == 0]
            chosen = nothing[:1]
        return chosen
    return _pick_by_points(rng, regular, [option.points for option in regular], quality).code


def plausible_answers(definition, intake, rng, quality=0.5):
    """An answer to every question of ``definition`` that applies to this company, step by step.

    Conditions are evaluated on the intake and the answers of the earlier steps, as the wizard does
    (``Step.applies`` and ``Step.applicable_questions``). ``quality`` (0–1) makes good practice more likely:
    0.5 answers evenly. Numbers are floats, as the wizard's forms store them.
    """
    known = dict(intake)
    answers = {}
    for step in definition.steps:
        if not step.applies(known):
            continue
        for question in step.applicable_questions(known):
            if question.kind == q.NUMBER:
                answers[question.code] = _number_answer(question, known, rng, quality)
            else:
                answers[question.code] = _choice_answer(question, known, rng, quality)
        known.update(answers)
    return answers


def scan_page_in(page, language):
    """The live translation of the scan ``page`` in ``language`` (or None), remembered on ``page``."""
    found = page.__dict__.setdefault("_scan_pages_by_language", {})
    if language not in found:
        if page.locale.language_code == language:
            found[language] = page
        else:
            found[language] = (
                ScanPage.objects.live()
                .filter(translation_key=page.translation_key, locale__language_code=language)
                .first()
            )
    return found[language]


def draw_follow_up(rng, values, advisor, now, days):
    """Add to ``values`` (ScanResponse fields; returned) the dates, contact request and follow-up of a submission.

    A field already in ``values`` is kept. The submission falls in the ``days`` before ``now``; contact consent
    needs an e-mail address and a contact request needs consent; older scans are more often followed up, and
    followed-up ones are mostly assigned to ``advisor`` (when not None).
    """

    def draw(name, default):
        if name not in values:
            values[name] = default()
        return values[name]

    submitted = draw(
        "submitted_at", lambda: (now - datetime.timedelta(days=rng.uniform(0, days))).replace(microsecond=0)
    )
    age = (now - submitted).days
    resumed = rng.random() < 0.2
    started = submitted - datetime.timedelta(minutes=rng.uniform(1440, 8640) if resumed else rng.uniform(8, 45))
    draw("created_at", lambda: started)
    draw("consent_given_at", lambda: values["created_at"])
    has_email = draw("contact_email", lambda: "")
    consent = draw("contact_consent", lambda: bool(has_email) and rng.random() < 0.6)
    wants = draw("wants_contact", lambda: consent and rng.random() < 0.65)
    if wants:
        values["contact_consent"] = True
        later = rng.random() < 0.3
        draw(
            "contact_requested_at",
            lambda: min(now, submitted + datetime.timedelta(days=rng.uniform(1, 10)) if later else submitted),
        )
    weights = (
        {"new": 3, "in_review": 3, "contacted": 4, "closed": 2}
        if wants
        else {"new": 6, "in_review": 2, "contacted": 1 if consent else 0, "closed": 3}
    )
    if age < 10:
        weights["new"] *= 4
    status = draw("review_status", lambda: _weighted(rng, weights))
    if advisor is not None:
        draw("assigned_to", lambda: advisor if rng.random() < (0.1 if status == "new" else 0.85) else None)
    later_activity = submitted + datetime.timedelta(days=rng.uniform(0.5, 20))
    draw("updated_at", lambda: submitted if status == "new" else min(now, later_activity))
    return values


# Columns set after submission, with an UPDATE: submit_response stamps submitted_at, and updated_at is auto_now.
DATE_FIELDS = ("created_at", "updated_at", "submitted_at", "consent_given_at", "contact_requested_at")


def submitted_scan(
    page, rng, *, language=None, kind=None, advisor=None, quality=None, answers=None, now=None, days=365, **fields
):
    """A plausible fictional company's submitted response to ``page``, scored and matched by submit_response.

    ``rng`` (a ``random.Random``) draws everything, so the same seed gives the same company, answers, scores and
    follow-up (pass ``now`` to fix the dates too). ``kind`` is its kind of business (a code of
    ``home.demo.companies.KINDS``, drawn by default). The company answers in ``language`` (drawn from its region by
    default) on the scan page's translation in that language when it exists, else on ``page`` (in the page's
    language unless ``language`` is given). ``quality`` (0–1) is how good its practice is (drawn by default),
    ``answers`` replaces the drawn answers, ``advisor`` is the user most followed-up responses are assigned to,
    ``days`` how far back the submission may go. Any other keyword sets that ScanResponse field
    (``company_name``, ``outdoor_area``, ``review_status``, ``wants_contact``, ...); a postcode given without a
    province sets the province.
    """
    now = now or timezone.now()
    values = company_profile(rng, language=language, kind=kind, postcode=fields.get("postcode"))
    if "postcode" in fields and "province" not in fields:
        fields["province"] = province_for_postcode(fields["postcode"])
    values.update(fields)
    drawn_language = values.pop("language")
    target = scan_page_in(page, drawn_language)
    if target is None:
        target, drawn_language = page, (language or page.locale.language_code)
    keeps_email = {"contact_email", "contact_consent", "wants_contact"} & set(fields)
    if rng.random() < 0.25 and not keeps_email:  # some companies leave no e-mail address
        values["contact_name"] = values["contact_email"] = ""
    values = draw_follow_up(rng, values, advisor, now, days)
    dates = {name: values.pop(name) for name in DATE_FIELDS if name in values}
    if quality is None:
        quality = min(1.0, rng.betavariate(2.2, 2.2) + (0.1 if values.get("staff") == StaffSize.LARGE else 0))
    response = ScanResponseFactory.build(
        page=target, language=drawn_language, consent_version=target.consent_version, **values
    )
    if answers is None:
        answers = plausible_answers(target.definition, response.intake_answers(), rng, quality)
    submit_response(response, target, answers, language=drawn_language)
    ScanResponse.objects.filter(pk=response.pk).update(**dates)
    for name, value in dates.items():
        setattr(response, name, value)
    return response
