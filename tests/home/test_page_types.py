"""Page type rules: each page type can be created where it belongs and nowhere else."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import (
    AxisPage,
    ContentPage,
    EngagementIndexPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    ObjectivePage,
    PartnersPage,
    ProjectPage,
    ShowcaseIndexPage,
)


class PageTypeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_of_a_language_tree(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_sections_sit_under_the_home_page(self):
        for section in (EngagementIndexPage, ShowcaseIndexPage, NewsIndexPage, PartnersPage):
            self.assertAllowedParentPageTypes(section, {HomePage})

    def test_home_page_accepts_the_sections_and_content_pages(self):
        for child in (EngagementIndexPage, ShowcaseIndexPage, NewsIndexPage, PartnersPage, ContentPage):
            self.assertCanCreateAt(HomePage, child)

    def test_objectives_only_under_axes(self):
        self.assertAllowedParentPageTypes(ObjectivePage, {AxisPage})
        self.assertCanCreateAt(AxisPage, ObjectivePage)
        for elsewhere in (HomePage, EngagementIndexPage, ShowcaseIndexPage, ContentPage):
            self.assertCanNotCreateAt(elsewhere, ObjectivePage)

    def test_axes_only_under_the_engagements_index(self):
        self.assertAllowedParentPageTypes(AxisPage, {EngagementIndexPage})
        self.assertAllowedSubpageTypes(EngagementIndexPage, {AxisPage})
        self.assertCanNotCreateAt(HomePage, AxisPage)

    def test_projects_only_under_the_showcase(self):
        self.assertAllowedParentPageTypes(ProjectPage, {ShowcaseIndexPage})
        self.assertAllowedSubpageTypes(ShowcaseIndexPage, {ProjectPage})
        for elsewhere in (HomePage, AxisPage, ObjectivePage, NewsIndexPage, ContentPage):
            self.assertCanNotCreateAt(elsewhere, ProjectPage)

    def test_news_items_only_under_the_news_index(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertCanNotCreateAt(HomePage, NewsPage)

    def test_leaf_pages_have_no_children(self):
        for leaf in (ObjectivePage, ProjectPage, NewsPage, PartnersPage):
            self.assertAllowedSubpageTypes(leaf, set())

    def test_content_pages_nest_under_home_and_content_pages(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage})
        self.assertCanCreateAt(ContentPage, ContentPage)
