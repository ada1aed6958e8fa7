"""Security headers Django does not set by itself: a Content-Security-Policy on the public site and a
Permissions-Policy everywhere.

The public templates load scripts from the site's own static files only (no inline script, no event handler
attributes), so ``script-src 'self'`` holds; styles allow inline attributes for Wagtail's responsive embeds.
The admin keeps Wagtail's own behaviour (it relies on inline scripts), so it gets no CSP from here.
"""

from django.conf import settings

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.PERMISSIONS_POLICY and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = settings.PERMISSIONS_POLICY
        if (
            settings.CONTENT_SECURITY_POLICY
            and not request.path.startswith(ADMIN_PREFIXES)
            and "Content-Security-Policy" not in response
        ):
            response["Content-Security-Policy"] = settings.CONTENT_SECURITY_POLICY
        return response
