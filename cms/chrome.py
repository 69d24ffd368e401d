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
from django.db.models import Q
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


def _prefix(request, name: str) -> str:
    """The start of a stored part's key. A page asks for a dozen parts: the generation is read once for it."""
    if request is None:
        return ":".join(str(part) for part in ("cms:chrome", _generation(), get_language(), "", name))
    generation = getattr(request, "_cms_generation", None)
    if generation is None:
        generation = request._cms_generation = _generation()
    return ":".join(str(part) for part in ("cms:chrome", generation, get_language(), request.get_host(), name))


def remember(request, name: str, build: Callable[[], T], *parts) -> T:
    """`build()`, stored until content next changes, per host, reader's language and `parts`."""
    key = ":".join(str(part) for part in (_prefix(request, name), *parts))
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(key, value, PAGE_CACHE_SECONDS)
    return value


def remember_each(request, name: str, ids: list[int], build: Callable[[list[int]], dict[int, T]]) -> dict[int, T]:
    """Like `remember`, one entry per id: read together, and `build(missing_ids)` only for those not stored."""
    prefix = _prefix(request, name)
    keys = {page_id: f"{prefix}:{page_id}" for page_id in ids}
    stored = cache.get_many(keys.values())
    found = {page_id: stored[key] for page_id, key in keys.items() if key in stored}
    missing = [page_id for page_id in ids if page_id not in found]
    if missing:
        built = build(missing)
        cache.set_many({keys[page_id]: value for page_id, value in built.items()}, PAGE_CACHE_SECONDS)
        found.update(built)
    return found


def public_pages(queryset):
    """`queryset.public()` without asking the database for the view restrictions each time."""
    restricted = remember(None, "restricted-sections", _restricted_sections)
    private = Q(pk__in=[])
    for path, depth in restricted:
        private |= Q(path__startswith=path, depth__gte=depth)
    return queryset.exclude(private)


def _restricted_sections() -> list[tuple[str, int]]:
    from wagtail.models import PageViewRestriction

    return list(PageViewRestriction.objects.values_list("page__path", "page__depth"))


def active_locale_id(request) -> int:
    """The id of the Wagtail locale for the reader's language."""
    from wagtail.models import Locale

    return remember(request, "locale", lambda: Locale.get_active().pk)
