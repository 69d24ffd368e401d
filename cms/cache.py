"""A whole-page cache for anonymous readers of Wagtail pages, emptied whenever content changes.

Readers who are not signed in all see the same page at the same address, so the rendered response is
stored and served without touching the database. Every publish, unpublish, move or delete (and every
glossary change) bumps a generation number that is part of each key, which empties the cache at once in
every process that shares the cache backend (Redis in production) without flushing anything else in it.
"""

from django.conf import settings
from django.core.cache import cache

GENERATION_KEY = "cms:page-cache:generation"
PAGE_CACHE_SECONDS = 60 * 60


def _generation() -> int:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY, 1)
    return generation


def purge_page_cache(**kwargs) -> None:
    """Make every cached page stale (a signal receiver, so it takes any arguments)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def _cacheable_request(request) -> bool:
    # Signed-in readers, readers with a pending message and query strings (search, pagination, tracking
    # parameters that would fill the cache) all get a freshly rendered page.
    return (
        request.method == "GET"
        and not request.META.get("QUERY_STRING")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        key = f"cms:page:{_generation()}:{request.get_host()}:{request.path}"
        response = cache.get(key)
        if response is not None:
            return response
        response = self.get_response(request)
        if (
            getattr(response, "cms_cacheable", False)
            and response.status_code == 200
            and not response.cookies
            and not response.streaming
        ):
            cache.set(key, response, PAGE_CACHE_SECONDS)
        return response
