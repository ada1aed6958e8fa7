"""The showcase listing: filters from the query string, pagination and map markers, in a bounded
number of queries whatever the number of projects."""

from functools import cache, partial

from django import forms
from django.core.paginator import EmptyPage, Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from cms.page_cache import fragment
from home.choices import OrganisationType, Province
from home.models import AxisPage, ObjectivePage, ProjectObjective, ProjectPage


class ShowcaseFilterForm(forms.Form):
    """Validates the showcase filters; an invalid value is reported and ignored, never a server error."""

    objective = forms.TypedChoiceField(label=_("Objective"), required=False, coerce=int, empty_value=None)
    axis = forms.TypedChoiceField(label=_("Axis"), required=False, coerce=int, empty_value=None)
    province = forms.ChoiceField(label=_("Province"), required=False)
    organisation_type = forms.ChoiceField(label=_("Organisation type"), required=False)

    def __init__(self, data, *, objectives, axes):
        """``objectives`` and ``axes``: (number, title) pairs."""
        super().__init__(data)
        self.fields["objective"].choices = [("", _("All objectives"))] + [
            (number, f"{number}. {title}") for number, title in objectives
        ]
        self.fields["axis"].choices = [("", _("All axes"))] + [(number, f"{number}. {title}") for number, title in axes]
        self.fields["province"].choices = [("", _("All provinces")), *Province.choices]
        self.fields["organisation_type"].choices = [("", _("All organisation types")), *OrganisationType.choices]

    def valid_filters(self):
        """The filters whose values are valid; invalid ones are dropped (their errors stay on the form)."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "")}


def filter_choices(index_page):
    """The live objectives and axes of the index's language, for the filters: ``{"objectives": [(number, title)],
    "axes": [(number, title)], "axis_objectives": {axis number: [objective numbers]}}``."""
    home_path = index_page.path[: index_page.steplen * 2]
    objectives = (
        ObjectivePage.objects.live()
        .filter(locale_id=index_page.locale_id, path__startswith=home_path)
        .order_by("number")
        .values_list("number", "title", "path")
    )
    axes = (
        AxisPage.objects.live()
        .filter(locale_id=index_page.locale_id, path__startswith=home_path)
        .order_by("number")
        .values_list("number", "title", "path")
    )
    objectives, axes = list(objectives), list(axes)
    return {
        "objectives": [(number, title) for number, title, _path in objectives],
        "axes": [(number, title) for number, title, _path in axes],
        "axis_objectives": {
            axis: [number for number, _title, path in objectives if path.startswith(axis_path)]
            for axis, _title, axis_path in axes
        },
    }


def with_localized_objectives(projects, index_page):
    """``projects`` as a list, each with ``localized_objectives``: the objectives it serves, in the listing's
    language where translated (one query for the objectives, whatever the number of projects)."""
    projects = list(projects)
    keys = {link.objective.translation_key for project in projects for link in project.project_objectives.all()}
    translated = {
        objective.translation_key: objective
        for objective in ObjectivePage.objects.live().filter(locale_id=index_page.locale_id, translation_key__in=keys)
    }
    for project in projects:
        project.localized_objectives = [
            translated.get(link.objective.translation_key, link.objective) for link in project.project_objectives.all()
        ]
    return projects


def map_markers(projects, index_page, request):
    """The map's markers for ``projects`` (title, address, coordinates, place), in one query.

    Projects are children of the index, so their addresses are the index's plus their slug: the markers need
    neither page objects nor Wagtail's URL routing, which keeps a showcase of thousands of projects cheap."""
    index_url = index_page.get_url(request)
    return [
        {"title": title, "url": f"{index_url}{slug}/", "lat": float(lat), "lng": float(lng), "place": place}
        for title, slug, lat, lng, place in projects.filter(latitude__isnull=False, longitude__isnull=False)
        .order_by("title", "pk")
        .values_list("title", "slug", "latitude", "longitude", "municipality")
    ]


def showcase_listing(index_page, request):
    """Context for the showcase index: the filter form, a page of projects and the map markers.

    What only changes when content is published (the filters' choices) comes from the fragment cache; the projects
    and the markers are read when the template first uses them, so not at all when the listing's HTML comes from
    the fragment cache (templates/home/showcase_index_page.html). The count is needed either way: a page out of
    range is a 404."""
    choices = fragment(request, "showcase-filters", [index_page.pk], lambda: filter_choices(index_page))
    form = ShowcaseFilterForm(request.GET or None, objectives=choices["objectives"], axes=choices["axes"])
    filters = form.valid_filters() if request.GET else {}

    # The objective filters are subqueries rather than joins: no duplicate rows, hence no DISTINCT over every
    # column, which PostgreSQL takes long to plan.
    projects = ProjectPage.objects.live().child_of(index_page)
    if "objective" in filters:
        linked = ProjectObjective.objects.filter(objective__number=filters["objective"])
        projects = projects.filter(pk__in=linked.values("page_id"))
    if "axis" in filters:
        numbers = choices["axis_objectives"].get(filters["axis"], [])
        linked = ProjectObjective.objects.filter(objective__number__in=numbers)
        projects = projects.filter(pk__in=linked.values("page_id"))
    if "province" in filters:
        projects = projects.filter(province=filters["province"])
    if "organisation_type" in filters:
        projects = projects.filter(organisation__organisation_type=filters["organisation_type"])
    projects = projects.order_by("title", "pk")

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

    page.object_list = SimpleLazyObject(partial(with_localized_objectives, page.object_list, index_page))
    markers = cache(partial(map_markers, projects, index_page, request))  # templates call it (once) where used

    query = request.GET.copy()
    query.pop("page", None)
    return {
        "filter_form": form,
        "filters": filters,
        "projects": page,
        "paginator": paginator,
        "filter_query": query.urlencode(),
        "map_markers": markers,
    }
