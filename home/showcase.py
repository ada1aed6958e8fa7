"""The showcase listing: filters from the query string, pagination and map markers, in a bounded
number of queries whatever the number of projects."""

from django import forms
from django.core.paginator import EmptyPage, Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from home.choices import OrganisationType, Province
from home.models import AxisPage, ObjectivePage, ProjectObjective, ProjectPage


class ShowcaseFilterForm(forms.Form):
    """Validates the showcase filters; an invalid value is reported and ignored, never a server error."""

    objective = forms.TypedChoiceField(label=_("Objective"), required=False, coerce=int, empty_value=None)
    axis = forms.TypedChoiceField(label=_("Axis"), required=False, coerce=int, empty_value=None)
    province = forms.ChoiceField(label=_("Province"), required=False)
    organisation_type = forms.ChoiceField(label=_("Organisation type"), required=False)

    def __init__(self, data, *, objectives, axes):
        super().__init__(data)
        self.fields["objective"].choices = [("", _("All objectives"))] + [
            (objective.number, f"{objective.number}. {objective.title}") for objective in objectives
        ]
        self.fields["axis"].choices = [("", _("All axes"))] + [
            (axis.number, f"{axis.number}. {axis.title}") for axis in axes
        ]
        self.fields["province"].choices = [("", _("All provinces")), *Province.choices]
        self.fields["organisation_type"].choices = [("", _("All organisation types")), *OrganisationType.choices]

    def valid_filters(self):
        """The filters whose values are valid; invalid ones are dropped (their errors stay on the form)."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "")}


def showcase_listing(index_page, request):
    """Context for the showcase index: the filter form, a page of projects and the map markers."""
    locale = index_page.locale
    home = index_page.get_parent()
    objectives = list(ObjectivePage.objects.live().descendant_of(home).filter(locale=locale).order_by("number"))
    axes = list(AxisPage.objects.live().descendant_of(home).filter(locale=locale).order_by("number"))
    form = ShowcaseFilterForm(request.GET or None, objectives=objectives, axes=axes)
    filters = form.valid_filters() if request.GET else {}

    projects = ProjectPage.objects.live().child_of(index_page)
    if "objective" in filters:
        projects = projects.filter(project_objectives__objective__number=filters["objective"])
    if "axis" in filters:
        axis = next(axis for axis in axes if axis.number == filters["axis"])
        numbers = [o.number for o in objectives if o.path.startswith(axis.path)]
        projects = projects.filter(project_objectives__objective__number__in=numbers)
    if "province" in filters:
        projects = projects.filter(province=filters["province"])
    if "organisation_type" in filters:
        projects = projects.filter(organisation__organisation_type=filters["organisation_type"])
    projects = projects.distinct().order_by("title", "pk")

    paginator = Paginator(
        projects.select_related("organisation", "locale").prefetch_related(
            Prefetch("image", queryset=get_image_model().objects.prefetch_renditions()),
            Prefetch("listing_image", queryset=get_image_model().objects.prefetch_renditions()),
            Prefetch(
                "project_objectives",
                queryset=ProjectObjective.objects.select_related("objective").only(
                    "id", "page_id", "sort_order", "objective__id", "objective__number", "objective__translation_key"
                ),
            ),
        ),
        index_page.projects_per_page,
    )
    page_number = request.GET.get("page", "1")
    try:
        page_number = int(page_number)
    except ValueError:
        page_number = 1
    try:
        page = paginator.page(page_number)
    except EmptyPage as error:
        raise Http404(_("There is no such page of projects.")) from error

    objectives_by_key = {objective.translation_key: objective for objective in objectives}
    for project in page.object_list:
        project.localized_objectives = [
            objectives_by_key.get(link.objective.translation_key, link.objective)
            for link in project.project_objectives.all()
        ]

    # Projects are children of the index, so their addresses are the index's plus their slug: the markers need
    # neither page objects nor Wagtail's URL routing, which keeps a showcase of thousands of projects cheap.
    index_url = index_page.get_url(request)
    markers = [
        {"title": title, "url": f"{index_url}{slug}/", "lat": float(lat), "lng": float(lng), "place": place}
        for title, slug, lat, lng, place in projects.filter(latitude__isnull=False, longitude__isnull=False)
        .order_by("title", "pk")
        .values_list("title", "slug", "latitude", "longitude", "municipality")
    ]

    query = request.GET.copy()
    query.pop("page", None)
    return {
        "filter_form": form,
        "filters": filters,
        "projects": page,
        "paginator": paginator,
        "filter_query": query.urlencode(),
        "map_markers": markers,
        "objectives": objectives,
        "axes": axes,
    }
