"""Which language a page's words are in, so English shown on another language's page is marked as English."""

from collections.abc import Iterable

from wagtail.models import Page


def set_content_languages(pages: Iterable[Page]) -> None:
    """Set `content_language` on each page in one query.

    A page not yet translated is shown in other languages as an alias of the English page: its words are
    those of the page it is an alias of.
    """
    pages = list(pages)
    if not pages:
        return
    rows = Page.objects.filter(pk__in=[page.pk for page in pages]).values_list(
        "pk", "locale__language_code", "alias_of__locale__language_code"
    )
    languages = {pk: source or own for pk, own, source in rows}
    for page in pages:
        page.content_language = languages[page.pk]
