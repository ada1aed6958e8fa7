"""Views of the project itself, outside the apps."""

from django.http import HttpResponse
from django.views.decorators.cache import never_cache


@never_cache
def healthz(request):
    """Liveness for a load balancer: the app server answers. Touches neither the database nor the cache."""
    return HttpResponse("ok", content_type="text/plain")
