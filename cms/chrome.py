"""Lookups every page repeats (menus, language links, breadcrumbs, related guides, the glossary, routes),
cached for signed-in readers too.

Signed-in readers never get the whole-page cache (their pages carry their name, messages and CSRF token),
but the parts of a page that are the same for everyone change only when content changes. They are stored
under the page cache's generation number (cms/cache.py), so publishing, unpublishing, moving or deleting a
page, or changing the glossary, a site or a page's view restrictions, makes every stored copy stale at once
in every process.

Values are plain data (strings, numbers, `PageLink`), never model instances tied to a request.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from django.core.cache import cache
from django.utils.translation import get_language

from .cache import PAGE_CACHE_SECONDS, _generation

T = TypeVar("T")
_MISSING = object()


@dataclass(frozen=True)
class PageLink:
    """What a listing or menu shows of a page: its title, address, introduction and content language."""

    pk: int
    title: str
    url: str
    content_language: str
    intro: str = ""


def page_links(pages: Iterable, request=None) -> list[PageLink]:
    """PageLinks for pages whose `content_language` is already set (see languages.set_content_languages)."""
    return [
        PageLink(page.pk, page.title, page.get_url(request), page.content_language, getattr(page, "intro", ""))
        for page in pages
    ]


def remember(request, name: str, build: Callable[[], T], *parts) -> T:
    """`build()`, stored until content next changes, per host, reader's language and `parts`."""
    host = request.get_host() if request is not None else ""
    key = ":".join(str(part) for part in ("cms:chrome", _generation(), get_language(), host, name, *parts))
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(key, value, PAGE_CACHE_SECONDS)
    return value
