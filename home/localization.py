"""Show pages linked from another language's tree in the visitor's language.

Links between pages (a project's objectives, a home page's featured projects) are kept in sync across
languages by wagtail-localize and so point at the source-language pages; these helpers swap them for
their translations in one query.
"""

from wagtail.models import Page


def localized_pages(pages, locale, *, live_only=True):
    """Return ``pages`` in ``locale`` where a translation exists (in the same order), else the page itself.

    Does one query whatever the number of pages.
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return []
    to_translate = {page.translation_key for page in pages if page.locale_id != locale.id}
    translations = {}
    if to_translate:
        queryset = Page.objects.filter(translation_key__in=to_translate, locale=locale).specific()
        if live_only:
            queryset = queryset.live()
        translations = {page.translation_key: page for page in queryset}
    return [translations.get(page.translation_key, page) for page in pages]


def localized_page(page, locale):
    """One page in ``locale`` where a live translation exists; ``None`` stays ``None``."""
    if page is None:
        return None
    return localized_pages([page], locale)[0]
