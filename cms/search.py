"""Search the site's pages in the reader's language.

Wagtail's database backend keeps each page's title and body text in its index (one row per page). We rank
those rows ourselves because the backend uses one text search configuration for every language, so Arabic
"مقابلة" (interview) never matched "مقابلات" (interviews) and a page whose body said "interview" often
outranked the page called "NHS job interviews".

Every word typed matches the words that start with its stem, in the title or the body, and a page whose
title matches comes first. PostgreSQL stems with its own configuration for the language where it has one;
elsewhere, and on SQLite (`make run`), Python's Snowball stemmers do it where they know the language, and
other languages match by word beginnings.
"""

from dataclasses import dataclass
from functools import cache

import regex
import snowballstemmer

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import CharField, F, QuerySet
from django.db.models.functions import Cast

from wagtail.models import Page, get_page_models
from wagtail.search.models import IndexEntry

from .chrome import PageLink, page_links, remember_each
from .languages import set_content_languages

# Languages PostgreSQL 15 ships a text search configuration for (`SELECT cfgname FROM pg_ts_config`).
POSTGRES_CONFIGS = {"en": "english", "ar": "arabic", "ro": "romanian", "pt": "portuguese", "ta": "tamil"}
# Languages the Snowball stemmers know; the others (gu, pa, so, ur) match by word beginnings.
SNOWBALL_STEMMERS = {**POSTGRES_CONFIGS, "pl": "polish", "fa": "persian"}
MAX_SEARCH_WORDS = 10
_WORD = regex.compile(r"\w+")


@dataclass(frozen=True)
class SearchText:
    title: str
    body: str


@cache
def _stemmer(language: str):
    name = SNOWBALL_STEMMERS.get(language)
    return snowballstemmer.stemmer(name) if name else None


def words(text: str) -> list[str]:
    """The words of a text, in lower case, without punctuation (or NUL and other control characters)."""
    return _WORD.findall(text.casefold())


def stems(text: str, *, language: str) -> list[str]:
    """Each word cut to its stem where a stemmer knows the language, else the word itself."""
    stemmer = _stemmer(language)
    found = words(text)
    return stemmer.stemWords(found) if stemmer else found


def rank(text: SearchText, query_stems: list[str], *, language: str) -> tuple[int, int] | None:
    """How well a page matches: (query words in the title, matches in the body), or None when a query word
    is in neither. Compared as a tuple, so any title match beats any number of body matches."""
    title = stems(text.title, language=language)
    body = stems(text.body, language=language)
    in_title = in_body = 0
    for stem in query_stems:
        title_hits = sum(word.startswith(stem) for word in title)
        body_hits = sum(word.startswith(stem) for word in body)
        if not title_hits and not body_hits:
            return None
        in_title += bool(title_hits)
        in_body += body_hits
    return in_title, in_body


def _page_entries(pages: QuerySet) -> QuerySet:
    page_types = ContentType.objects.get_for_models(*get_page_models()).values()
    page_ids = pages.annotate(text_id=Cast("pk", CharField())).values("text_id")
    return IndexEntry.objects.filter(content_type__in=page_types, object_id__in=page_ids)


def _postgres_search(entries: QuerySet, query: str, *, language: str) -> list[int]:
    config = POSTGRES_CONFIGS.get(language, "simple")
    query_words = words(query) if language in POSTGRES_CONFIGS else stems(query, language=language)
    # Each word as a prefix ('word':*), stemmed by the configuration; the words are \w+, so no quoting is needed.
    tsquery = SearchQuery(
        " & ".join(f"'{word}':*" for word in query_words[:MAX_SEARCH_WORDS]), search_type="raw", config=config
    )
    title = SearchVector("title_text", config=config, weight="A")
    body = SearchVector("body_text", config=config, weight="C")
    found = (
        entries.annotate(
            document=title + body, title_rank=SearchRank(title, tsquery), rank=SearchRank(title + body, tsquery)
        )
        .filter(document=tsquery)
        .order_by(F("title_rank").desc(), F("rank").desc(), "title_text")
    )
    return [int(object_id) for object_id in found.values_list("object_id", flat=True)]


def _python_search(entries: QuerySet, query: str, *, language: str) -> list[int]:
    query_stems = stems(query, language=language)[:MAX_SEARCH_WORDS]
    scored = []
    for object_id, title, body in entries.values_list("object_id", "title", "body"):
        score = rank(SearchText(title, body or ""), query_stems, language=language)
        if score is not None:
            scored.append((score, title, int(object_id)))
    scored.sort(key=lambda found: (-found[0][0], -found[0][1], found[1]))
    return [object_id for _score, _title, object_id in scored]


def page_search(query: str, *, pages: QuerySet, language: str) -> list[int]:
    """The ids of `pages` that match every word of `query`, best first."""
    if not words(query):
        return []
    entries = _page_entries(pages)
    if connection.vendor == "postgresql":
        return _postgres_search(entries, query, language=language)
    return _python_search(entries, query, language=language)


def pages_in_order(page_ids: list[int], request=None) -> list[PageLink]:
    """What a result shows of each page (title, address, introduction, content language), in this order.

    Remembered per page until content changes (cms/chrome.py); those not stored are read with one query
    per page type (StreamFields not loaded)."""

    def build(missing: list[int]) -> dict[int, PageLink]:
        pages = list(Page.objects.filter(pk__in=missing).specific().defer_streamfields())
        set_content_languages(pages)
        return {link.pk: link for link in page_links(pages, request)}

    by_id = remember_each(request, "search-result", page_ids, build)
    return [by_id[page_id] for page_id in page_ids if page_id in by_id]
