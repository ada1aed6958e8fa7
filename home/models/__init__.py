"""The alliance's page types, snippets and settings."""

from .base import BasePage
from .engagements import AxisPage, EngagementIndexPage, ObjectivePage, ObjectiveTarget
from .events import EventIndexPage, EventLanguage, EventOrganiser, EventPage, Workshop
from .joining import Engagement, EngagementContribution
from .mail import OutgoingMail as OutgoingMail
from .news import NewsIndexPage, NewsPage, NewsRelatedProject
from .pages import ContentPage, HomeFeaturedProject, HomePage, PartnersPage
from .registrations import AllocationRun, Registration, WorkshopChoice
from .settings import SiteSettings
from .showcase import ProjectObjective, ProjectPage, ProjectPartner, ShowcaseIndexPage
from .snippets import FooterText, Organisation

__all__ = [
    "AllocationRun",
    "EventIndexPage",
    "EventLanguage",
    "EventOrganiser",
    "EventPage",
    "Registration",
    "Workshop",
    "WorkshopChoice",
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
