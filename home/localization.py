"""Show pages linked from another language's tree in the visitor's language.

Links between pages (a project's objectives, a home page's featured projects) are kept in sync across
languages by wagtail-localize and so point at the source-language pages; these helpers swap them for
their translations in one query.
"""

from wagtail.models import Page


def localized_pages(pages, locale, *, live_only=True, specific=True):
    """Return ``pages`` in ``locale`` where a translation exists (in the same order), else the page itself.

    ``None`` entries stay ``None``. Does one query whatever the number of pages (plus one per page type
    when ``specific``).
    """
    to_translate = {page.translation_key for page in pages if page is not None and page.locale_id != locale.id}
    translations = {}
    if to_translate:
        queryset = Page.objects.filter(translation_key__in=to_translate, locale=locale).select_related("locale")
        if live_only:
            queryset = queryset.live()
        if specific:
            queryset = queryset.specific()
        translations = {page.translation_key: page for page in queryset}
    return [None if page is None else translations.get(page.translation_key, page) for page in pages]
