"""Refuse a request body that is too big before any of it is read.

Django reads a form's body when a view (or the CSRF check) first touches ``request.POST``; a 100 MB upload was
received in full before the form said it was too big. This middleware looks only at the Content-Length header
and answers 413 with a readable page at once. The proxy in front refuses bigger bodies still (README).
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils import translation


def body_limit(path: str) -> int:
    """The most bytes a request to `path` may send: the Wagtail admin takes images, everywhere else 5 MB files."""
    if path.startswith("/admin/"):
        return settings.ADMIN_REQUEST_MAX_BYTES
    return settings.REQUEST_MAX_BYTES


class RequestSizeLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0  # Django reads no body it cannot measure
        limit = body_limit(request.path_info)
        if length > limit:
            return self._too_big(request, limit)
        return self.get_response(request)

    def _too_big(self, request: HttpRequest, limit: int) -> HttpResponse:
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        with translation.override(language):
            page = render_to_string("413.html", {"megabytes": limit // (1024 * 1024)}, request=request)
        response = HttpResponse(page, status=413)
        # The client may still be sending: closing the connection stops it rather than reading the rest.
        response["Connection"] = "close"
        return response
