"""A whole-page cache for anonymous readers of Wagtail pages, emptied whenever content changes.

Readers who are not signed in all see the same page at the same address, so the rendered response is
stored and served without touching the database. Every publish, unpublish, move or delete (and every
glossary change) bumps a generation number that is part of each key, which empties the cache at once in
every process that shares the cache backend (Redis in production) without flushing anything else in it.
"""

from django.conf import settings
from django.core.cache import cache
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import patch_vary_headers

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


LANGUAGE_PREFIXES = frozenset(code for code, _name in settings.LANGUAGES)


def _cacheable_request(request) -> bool:
    # Only pages under a language prefix (not /healthz/, /admin/ or /static/). Signed-in readers, readers
    # with a pending message and query strings (search, pagination, tracking parameters that would fill
    # the cache) all get a freshly rendered page.
    return (
        request.method == "GET"
        and request.path.split("/")[1] in LANGUAGE_PREFIXES
        and not request.META.get("QUERY_STRING")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


class AnonymousPageCacheMiddleware:
    """Serve and store anonymous Wagtail pages; gzip them, as they hold nothing secret (no BREACH risk)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.gzip = GZipMiddleware(get_response)

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        encoding = "gzip" if "gzip" in request.headers.get("Accept-Encoding", "") else "identity"
        key = f"cms:page:{_generation()}:{encoding}:{request.get_host()}:{request.path}"
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
            patch_vary_headers(response, ["Accept-Encoding"])
            if encoding == "gzip":
                response = self.gzip.process_response(request, response)
            cache.set(key, response, PAGE_CACHE_SECONDS)
        return response
