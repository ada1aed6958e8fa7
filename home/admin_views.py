"""Helpers shared by the admin's viewsets: a 403 page for refused permissions, and spreadsheet-safe cells."""

import re

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.encoding import force_str
from django.utils.functional import Promise

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Control characters a spreadsheet file cannot hold (the same set openpyxl refuses).
ILLEGAL_CHARACTERS = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


def spreadsheet_safe(value):
    """A cell value a spreadsheet shows as text: a string that starts like a formula gets a leading quote.

    Numbers, dates, booleans and None are returned unchanged; strings lose control characters no spreadsheet holds.
    """
    if isinstance(value, Promise):
        value = force_str(value)
    if not isinstance(value, str):
        return value
    value = ILLEGAL_CHARACTERS.sub("", value)
    if value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def forbidden(request, message=None):
    return TemplateResponse(request, "home/admin/forbidden.html", {"message": message}, status=403)


class ForbiddenIsForbidden:
    """Answer a refused permission with a 403 page, where Wagtail would redirect to the dashboard.
    ``forbidden_message`` says who the pages are for."""

    forbidden_message = None

    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except PermissionDenied:
            return forbidden(request, self.forbidden_message)
