from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.views import healthz
from home import views as home_views

# Outside the language prefix: the admin, documents, the sitemap, robots.txt and the health check.
urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": home_views.AllLanguagesSitemap}}, name="sitemap"),
    path("healthz/", healthz, name="healthz"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("", home_views.language_redirect, name="language_redirect"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages and search live under /en/, /nl/, /fr/ and /de/.
urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
