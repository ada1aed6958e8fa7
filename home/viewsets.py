"""Admin viewsets for the alliance's snippets (registered from wagtail_hooks.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import FooterText, Organisation


class OrganisationFilterSet(WagtailFilterSet):
    class Meta:
        model = Organisation
        fields = ["organisation_type", "is_partner"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "organisation_type", BooleanColumn("is_partner", label=_("Partner")), "locale"]
    filterset_class = OrganisationFilterSet
    search_fields = ["name"]
    ordering = ["name"]


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-full"
    menu_label = _("Footer text")
    list_display = ["__str__", "locale"]


class AllianceSnippetGroup(SnippetViewSetGroup):
    items = (OrganisationViewSet, FooterTextViewSet)
    menu_icon = "group"
    menu_label = _("Alliance")
    menu_name = "alliance"
