"""Admin registrations of the home app."""

from wagtail.snippets.models import register_snippet

from home.viewsets import AllianceSnippetGroup

register_snippet(AllianceSnippetGroup)
