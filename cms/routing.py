"""Find a Wagtail page for an address in one query, for readers the whole-page cache does not serve.

Wagtail walks the page tree one level at a time (the site, the home page's translation, then a query
for each child and another for its specific type). Which page an address leads to changes only when
pages are published, unpublished, moved or deleted, all of which bump the page cache's generation
(cms/cache.py). So the site and, per address, the page's id and type are remembered under that
generation (cms/chrome.py), and a request only loads the page itself. Wagtail reads both from the
request (`request._wagtail_site`, `request._wagtail_route_for_request`), so its serve view goes on as usual:
view restrictions, hooks and 404s all behave as before.
"""

from django.contrib.contenttypes.models import ContentType

from wagtail import views as wagtail_views
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from .chrome import remember

_NOT_FOUND = ()


def _site(request) -> Site | None:
    return remember(request, "site", lambda: Site.find_for_request(request))


def _route_key(request, path: str) -> tuple:
    """The page's (id, content type id) for this address, or () when no live page is there."""
    result = Page.route_for_request(request, path)
    if result is None or result.args or result.kwargs:
        return _NOT_FOUND
    page = result.page
    return (page.pk, page.content_type_id) if page.live else _NOT_FOUND


def _load(key: tuple) -> Page | None:
    page_id, content_type_id = key
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return model.objects.select_related("locale").filter(pk=page_id, live=True).first()


class PageRouteMiddleware:
    """Give Wagtail's serve view the site and the routed page from the cache, when they are there."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or request.method not in ("GET", "HEAD"):
            return None
        request._wagtail_site = _site(request)
        if request._wagtail_site is None:
            return None
        path = view_args[0] if view_args else view_kwargs.get("path", "")
        key = remember(request, "route", lambda: _route_key(request, path), path)
        if hasattr(request, "_wagtail_route_for_request") or not key:
            return None  # just routed by Wagtail itself, or nothing there: Wagtail answers as usual
        page = _load(key)
        if page is not None:
            request._wagtail_route_for_request = RouteResult(page)
        return None
