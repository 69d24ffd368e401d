"""Every GET parameter of every public address, given a NUL character, 10,000 characters or bytes that are not
UTF-8, answers with a page or a 400, never a server error (a NUL in the search box once answered 500)."""

import pytest

from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation

from wagtail.models import Page

pytestmark = pytest.mark.django_db

# Every parameter a view reads from the address (request.GET in the code), and a few any site is sent.
PARAMETERS = [
    "q", "page", "borough", "language", "session_type", "type", "step_free", "version", "status", "workstream",
    "next", "lang", "filter", "sort", "period",
]  # fmt: skip
BAD_VALUES = {"nul": "%00", "long": "x" * 10_000, "not-utf-8": "%FF%FE"}


def _named_patterns(patterns, namespace: str = ""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _named_patterns(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}"


def public_paths() -> list[str]:
    """Every named address that needs no value in its path, and one page of each kind from the demo site."""
    paths = set()
    with translation.override("en"):
        for name in _named_patterns(get_resolver().url_patterns):
            try:
                paths.add(reverse(name))
            except Exception:  # noqa: S112 - it needs a value in its path (an id), so it is not listed
                continue
    kinds = {}
    for page in Page.objects.live().public().specific().order_by("depth", "pk"):
        kinds.setdefault((type(page), page.locale.language_code), page.url)
    return sorted(paths | {url for url in kinds.values() if url})


def test_the_walk_finds_the_public_pages(demo_site):
    paths = public_paths()
    assert "/en/search/" in paths and "/en/account/login/" in paths and "/en/" in paths and "/ar/" in paths
    assert len(paths) > 30


@pytest.mark.parametrize("value", BAD_VALUES.values(), ids=BAD_VALUES.keys())
def test_no_get_parameter_makes_a_public_page_fail(client, demo_site, value):
    # All the parameters at once: the views read them through forms, which look at every field together.
    query = "&".join(f"{parameter}={value}" for parameter in PARAMETERS)
    failures = []
    for path in public_paths():
        response = client.get(f"{path}?{query}")
        if response.status_code >= 500:
            failures.append((path, response.status_code))
    assert failures == []
