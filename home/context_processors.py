"""Template context shared by every page."""

from django.conf import settings

DEFAULT_MAP_TILES_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DEFAULT_MAP_TILES_ATTRIBUTION = (
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
)


def map_settings(request):
    """The base map's tile URL and attribution; an empty URL draws the markers without a base map."""
    return {
        "MAP_TILES_URL": getattr(settings, "MAP_TILES_URL", DEFAULT_MAP_TILES_URL),
        "MAP_TILES_ATTRIBUTION": getattr(settings, "MAP_TILES_ATTRIBUTION", DEFAULT_MAP_TILES_ATTRIBUTION),
    }
