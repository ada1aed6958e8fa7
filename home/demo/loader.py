"""Build the English demo site from the content modules, with the shared factories.

Everything is looked up by a stable key first (a slug under its parent, an organisation's English name, an
image's title in the demo collection), so a second run finds what the first made and creates nothing new.
Existing objects are left as they are, so that a demo an editor has changed is not overwritten.
"""

import datetime
import random
from collections import Counter
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site

from home import factories
from home.demo.content import axis1, axis2, landscape, news, organisations, projects, site
from home.demo.content import scan as scan_content
from home.demo.content import scans as demo_scans
from home.demo.engagements import load_engagements
from home.demo.events import event_counts, load_events, load_registrations
from home.demo.text import Body, Items, Rich, Stream, Text, localize, localize_fields
from home.models import (
    AxisPage,
    ContentPage,
    Engagement,
    EngagementIndexPage,
    FooterText,
    HomeFeaturedProject,
    HomePage,
    NewsIndexPage,
    NewsPage,
    ObjectivePage,
    Organisation,
    PartnersPage,
    ProjectPage,
    ShowcaseIndexPage,
    SiteSettings,
)
from scan.defaults import LADDER_THEME
from scan.matching import DEFAULT_OBJECTIVE_TAGS
from scan.models import ScanNote, ScanPage, ScanResponse

LANGUAGES = ["en", "nl", "fr", "de"]
DEMO_COLLECTION = "Demo images"
CONTACT_EMAIL = "bba@biodiversity-alliance.be"
LINKEDIN_URL = "https://www.linkedin.com/company/belgian-biodiversity-alliance/"
SITE_NAME = "Belgian Biodiversity Alliance"
WELCOME_TITLE = "Welcome to your new Wagtail site!"
MENU_SECTIONS = {"engagements", "showcase", "partners", "news", "events", "scan"}


def target_rows(specs, lang):
    """ObjectiveTarget field values in ``lang`` from the content's target specifications."""
    return [
        {
            "value": Decimal(spec["value"]),
            "unit": localize(spec["unit"], lang),
            "description": localize(spec["description"], lang),
            "year": spec.get("year", 2030),
        }
        for spec in specs
    ]


def objective_scan_fields(number):
    """ObjectivePage.scan_tags and scan_themes of objective ``number`` from the scan's default matching."""
    tags, themes = DEFAULT_OBJECTIVE_TAGS.get(number, ((), ()))
    return {"scan_tags": " ".join(sorted(tags)), "scan_themes": " ".join(sorted(themes))}


def texts_of(spec):
    """The language-dependent values of a content specification."""
    return {name: value for name, value in spec.items() if isinstance(value, Text | Rich | Items | Body | Stream)}


class TranslationItem:
    """An English object with the multilingual texts it was made from, waiting to be translated."""

    def __init__(self, instance, texts, key, refs):
        self.instance, self.texts, self.key, self.refs = instance, texts, key, refs

    def __str__(self):
        return f"{type(self.instance).__name__} {self.key}"


class DemoLoader:
    def __init__(self):
        self.created = Counter()
        self.refs = {}
        self.translations = []

    def run(self):
        """Create (or find) the locales, images, organisations and the English page tree; return the site."""
        self.locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
        self.english = self.locales["en"]
        self.collection = self._collection()
        for spec in organisations.ORGANISATIONS:
            self._organisation(spec)
        home = self._home()
        self.site = self._site(home)
        self._engagements(home)
        self._showcase(home)
        partners = self._page(factories.PartnersPageFactory, home, "partners", site.PARTNERS)
        news_index = self._page(factories.NewsIndexPageFactory, home, "news", site.NEWS)
        for item in news.NEWS_ITEMS:
            self._news_item(news_index, item)
        load_events(self, home)
        for key, title in landscape.IMAGES.items():
            self._image(key, title)
        self._page(factories.ContentPageFactory, home, "landscape", landscape.LANDSCAPE_PAGE)
        self._page(
            factories.ScanPageFactory,
            home,
            "scan",
            scan_content.SCAN_PAGE,
            consent_version=scan_content.CONSENT_VERSION,
            ladder_theme=LADDER_THEME,
        )
        self._objective_scan_fields()
        self._finish_home(home)
        self._footer()
        self._settings()
        self.refs[("page", "partners")] = partners
        return self.site

    # Lookups and creation ------------------------------------------------------------------------------------

    def _collection(self):
        root = Collection.get_first_root_node()
        existing = root.get_children().filter(name=DEMO_COLLECTION).first()
        return existing or root.add_child(name=DEMO_COLLECTION)

    def _image(self, key, title, logo=False):
        image = get_image_model().objects.filter(collection=self.collection, title=title).first()
        if image is None:
            image = factories.ImageFactory(title=title, collection=self.collection, seed=key, logo=logo)
            self.created["images"] += 1
        self.refs[("image", key)] = image
        return image

    def _register(self, instance, texts, key):
        self.translations.append(TranslationItem(instance, texts, key, self.refs))

    def _page(self, factory, parent, key, spec, **extra):
        """Find the English page with the spec's slug under ``parent``, or make it and publish a revision."""
        model = factory._meta.model
        texts = texts_of(spec)
        slug = localize(spec["slug"], "en")
        page = model.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            fields = localize_fields(texts, "en", key, self.refs)
            fields.pop("slug", None)
            if "targets" in spec:
                extra["targets"] = target_rows(spec["targets"], "en")
            page = factory(parent=parent, slug=slug, show_in_menus=slug in MENU_SECTIONS, **fields, **extra)
            page.save_revision().publish()
            page.refresh_from_db()
            self.created["pages"] += 1
        if "targets" in spec:
            texts["targets"] = spec["targets"]
        self.refs[("page", key)] = page
        self._register(page, texts, key)
        return page

    def _organisation(self, spec):
        key = spec["key"]
        logo = self._image(f"logo:{key}", f"{key} logo", logo=True)
        organisation = Organisation.objects.filter(locale=self.english, name=key).first()
        texts = {"name": spec["name"]}
        if spec["description"]:
            texts["description"] = spec["description"]
        if organisation is None:
            organisation = factories.OrganisationFactory(
                locale=self.english,
                organisation_type=spec["organisation_type"],
                website=spec["website"],
                is_partner=spec["is_partner"],
                logo=logo,
                **localize_fields(texts, "en", f"organisation:{key}"),
            )
            self.created["organisations"] += 1
        self.refs[("organisation", key)] = organisation
        self._register(organisation, texts, f"organisation:{key}")

    def _home(self):
        root = Page.get_first_root_node()
        home = HomePage.objects.child_of(root).filter(locale=self.english).first()
        welcome_pages = Page.objects.child_of(root).filter(
            content_type=ContentType.objects.get_for_model(Page), title=WELCOME_TITLE
        )
        if home is None:
            for welcome in welcome_pages.filter(slug="home"):  # free the slug for the alliance's home page
                welcome.slug = f"welcome-{welcome.pk}"
                welcome.save()
            hero = self._image("home:hero", "Hero: the green-blue network")
            home = self._page(factories.HomePageFactory, root, "home", site.HOME, hero_image=hero)
        else:
            self.refs[("page", "home")] = home
            self._register(home, texts_of(site.HOME), "home")
        Site.objects.filter(root_page__in=welcome_pages).update(root_page=home)
        for welcome in welcome_pages:
            welcome.delete()
            self.created["Wagtail welcome page(s) deleted"] += 1
        return home

    def _site(self, home):
        default = Site.objects.filter(is_default_site=True).first()
        if default is None:
            return Site.objects.create(
                hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=SITE_NAME
            )
        default.hostname, default.port, default.root_page, default.site_name = "localhost", 80, home, SITE_NAME
        default.save()
        return default

    def _engagements(self, home):
        index = self._page(factories.EngagementIndexPageFactory, home, "engagements", site.ENGAGEMENTS)
        for module, axis_spec in ((axis1, axis1.AXIS_1), (axis2, axis2.AXIS_2)):
            axis = self._page(
                factories.AxisPageFactory, index, f"axis:{axis_spec['number']}", axis_spec, number=axis_spec["number"]
            )
            for spec in module.OBJECTIVES:
                number = spec["number"]
                image = self._image(f"objective:{number}", f"Objective {number}: {spec['title'].get('en')}")
                self._page(
                    factories.ObjectivePageFactory,
                    axis,
                    f"objective:{number}",
                    spec,
                    number=number,
                    listing_image=image,
                    **objective_scan_fields(number),
                )

    def _showcase(self, home):
        showcase = self._page(factories.ShowcaseIndexPageFactory, home, "showcase", site.SHOWCASE)
        objectives = {page.number: page for page in ObjectivePage.objects.filter(locale=self.english)}
        for spec in projects.PROJECTS:
            slug = spec["slug"]
            image = self._image(f"project:{slug}", spec["title"].get("en"))
            self._page(
                factories.ProjectPageFactory,
                showcase,
                f"project:{slug}",
                {**spec, "listing_summary": spec["subtitle"]},
                image=image,
                listing_image=image,
                organisation=self.refs[("organisation", spec["organisation"])],
                partners=[self.refs[("organisation", name)] for name in spec["partners"]],
                objectives=[objectives[number] for number in spec["objectives"]],
                province=spec["province"],
                latitude=Decimal(spec["latitude"]),
                longitude=Decimal(spec["longitude"]),
                start_year=spec["start_year"],
                contribution_value=Decimal(spec["contribution_value"]),
            )

    def _news_item(self, index, item):
        image_key = item["image"]
        if ("image", image_key) not in self.refs:
            self._image(image_key, f"News: {item['title'].get('en')}")
        related = [self.refs[("page", f"project:{slug}")] for slug in item["related"]]
        self._page(
            factories.NewsPageFactory,
            index,
            f"news:{item['slug']}",
            item,
            date=item["date"],
            listing_image=self.refs[("image", image_key)],
            related_projects=related,
        )

    def _finish_home(self, home):
        """Point the home page's calls at the engagements and feature a few projects, once."""
        home = HomePage.objects.get(pk=home.pk)
        changed = False
        if home.join_page_id is None:
            home.join_page = self.refs[("page", "engagements")]
            changed = True
        if home.scan_page_id is None:
            home.scan_page = self.refs[("page", "scan")]
            changed = True
        if not HomeFeaturedProject.objects.filter(page=home).exists():
            for index, slug in enumerate(projects.FEATURED):
                HomeFeaturedProject.objects.create(
                    page=home, project=self.refs[("page", f"project:{slug}")], sort_order=index
                )
            changed = True
        if changed:
            home.save()
            HomePage.objects.get(pk=home.pk).save_revision().publish()
        # The English home object registered for translation must carry the links just made.
        for item in self.translations:
            if item.key == "home":
                item.instance = HomePage.objects.get(pk=home.pk)

    def link_translated_homes(self):
        """Point translated home pages made before the scan page existed at it; return how many were changed.

        A translation made after the English home page had its scan page carries the link already.
        """
        english = HomePage.objects.get(pk=self.refs[("page", "home")].pk)
        if english.scan_page_id is None:
            return 0
        changed = 0
        for home in HomePage.objects.filter(translation_key=english.translation_key, scan_page__isnull=True):
            home.scan_page_id = english.scan_page_id
            home.save_revision().publish()
            changed += 1
        return changed

    def scans(self, advisor=None):
        """The thirty demo companies' submitted scans on the scan page, the advisor's notes on a few, and then
        the organisations' engagements to the objectives (some joined from these scans) and the registrations for
        the working group's get-together.

        Run after the translations (companies answer, and people register, in their own language) and the
        accounts. A company whose submitted scan is already there (found by its company name on this scan) is
        skipped, and a note that is already there is not written again. ``advisor`` (a user, or None) gets most
        followed-up scans assigned.
        """
        page = ScanPage.objects.get(pk=self.refs[("page", "scan")].pk)
        responses = {
            response.company_name: response
            for response in ScanResponse.objects.filter(
                scan_key=page.translation_key,
                status=ScanResponse.Status.SUBMITTED,
                company_name__in=[company[0] for company in demo_scans.COMPANIES],
            )
        }
        now = timezone.now()
        for name, kind, postcode, language, follow_up in demo_scans.COMPANIES:
            if name in responses:
                continue
            if advisor is not None and name in demo_scans.NOTES:
                follow_up = {"assigned_to": advisor, **follow_up}
            responses[name] = factories.submitted_scan(
                page,
                random.Random(f"{demo_scans.SEED}:{name}"),
                language=language,
                kind=kind,
                advisor=advisor,
                now=now,
                days=demo_scans.DAYS,
                company_name=name,
                postcode=postcode,
                **follow_up,
            )
            self.created["submitted scans"] += 1
        if advisor is not None:
            self._scan_notes(responses, advisor, now)
        numbers = [spec["number"] for spec in (*axis1.OBJECTIVES, *axis2.OBJECTIVES)]
        objectives = {number: self.refs[("page", f"objective:{number}")] for number in numbers}
        load_engagements(objectives, responses, self.created, now)
        load_registrations(self.refs, self.created, now)

    def _scan_notes(self, responses, advisor, now):
        for name, notes in demo_scans.NOTES.items():
            response = responses[name]
            written = set(response.notes.values_list("text", flat=True))
            for days, text in notes:
                if text in written:
                    continue
                when = min(now, response.submitted_at + datetime.timedelta(days=days))
                ScanNote.objects.create(response=response, author=advisor, text=text, created_at=when)
                self.created["scan notes"] += 1

    def _objective_scan_fields(self):
        """Give the objectives of a demo loaded before the scan existed their scan tags and themes, once.

        Objectives whose tags or themes an editor has set are left alone. The fields are synchronised by
        wagtail-localize, so each translation gets the same codes.
        """
        for objective in ObjectivePage.objects.filter(scan_tags="", scan_themes=""):
            fields = objective_scan_fields(objective.number)
            if not any(fields.values()):
                continue
            for name, value in fields.items():
                setattr(objective, name, value)
            objective.save_revision().publish()
            self.created["objectives given scan tags"] += 1

    def _footer(self):
        footer = FooterText.objects.filter(locale=self.english).first()
        if footer is None:
            footer = factories.FooterTextFactory(locale=self.english, body=site.FOOTER["body"].get("en"))
            self.created["footer texts"] += 1
        self._register(footer, site.FOOTER, "footer")

    def _settings(self):
        settings = SiteSettings.for_site(self.site)
        settings.contact_email = CONTACT_EMAIL
        settings.linkedin_url = LINKEDIN_URL
        settings.save()


def demo_counts():
    """How many of each kind of demo object exist, for the command's report."""
    return {
        "pages": Page.objects.filter(depth__gt=1).count(),
        "objectives": ObjectivePage.objects.count(),
        "axes": AxisPage.objects.count(),
        "projects": ProjectPage.objects.count(),
        "news items": NewsPage.objects.count(),
        "content pages": ContentPage.objects.count(),
        "scan pages": ScanPage.objects.count(),
        "index pages": sum(
            model.objects.count()
            for model in (EngagementIndexPage, ShowcaseIndexPage, PartnersPage, NewsIndexPage, HomePage)
        ),
        "organisations": Organisation.objects.count(),
        "images": get_image_model().objects.count(),
        "submitted scans": ScanResponse.objects.filter(status=ScanResponse.Status.SUBMITTED).count(),
        "scan notes": ScanNote.objects.count(),
        "engagements": Engagement.objects.count(),
        **event_counts(),
    }
