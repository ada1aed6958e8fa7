"""The alliance's page types, snippets and settings."""

from .base import BasePage
from .engagements import AxisPage, EngagementIndexPage, ObjectivePage, ObjectiveTarget
from .joining import Engagement, EngagementContribution
from .news import NewsIndexPage, NewsPage, NewsRelatedProject
from .pages import ContentPage, HomeFeaturedProject, HomePage, PartnersPage
from .settings import SiteSettings
from .showcase import ProjectObjective, ProjectPage, ProjectPartner, ShowcaseIndexPage
from .snippets import FooterText, Organisation

__all__ = [
    "AxisPage",
    "BasePage",
    "ContentPage",
    "Engagement",
    "EngagementContribution",
    "EngagementIndexPage",
    "FooterText",
    "HomeFeaturedProject",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "NewsRelatedProject",
    "ObjectivePage",
    "ObjectiveTarget",
    "Organisation",
    "PartnersPage",
    "ProjectObjective",
    "ProjectPage",
    "ProjectPartner",
    "ShowcaseIndexPage",
    "SiteSettings",
]
