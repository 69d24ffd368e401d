"""Create the demo site in every language that has demo content. Running it again changes nothing.

English is the source. Pages with a translation in cms/demo_content.py (home and the three journey pages,
all 11 languages) or cms/demo_library/<language>.py (guides, Easy Read, employer resources, glossary and
standard pages) are created as translations; every other page is aliased into each remaining language by
wagtail-localize, so readers there see the English page with a notice in their own language.
"""

import importlib
import pkgutil
from dataclasses import dataclass
from html import escape

from django.conf import settings
from django.db import transaction

from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_localize.synctree import PageIndex, synchronize_tree

from . import demo_library
from .demo_content import CONTENT, JOURNEY_ORDER, SLUGS
from .models import (
    EasyReadPage,
    EmployerHubPage,
    EmployerResourcePage,
    GlossaryTerm,
    GuideIndexPage,
    HomePage,
    JobGuidePage,
    RelatedGuide,
    SessionListingPage,
    StandardPage,
)

SOURCE_LANGUAGE = "en"
STANDARD_PAGE_SLUGS = {
    "about": "about",
    "accessibility": "accessibility-statement",
    "privacy": "privacy",
    "contact": "contact",
}
EASY_READ_SLUG = "easy-read"


def libraries() -> dict[str, dict]:
    """The demo library in each language that has one, keyed by language code."""
    found = {}
    for module in pkgutil.iter_modules(demo_library.__path__):
        found[module.name] = importlib.import_module(f"{demo_library.__name__}.{module.name}").LIBRARY
    return found


# Turning the plain demo text into block values (all text is escaped: the demo files hold no HTML).


def _paragraphs(texts: list[str]) -> RichText:
    return RichText("".join(f"<p>{escape(text)}</p>" for text in texts))


def _list(items: list[str]) -> RichText:
    return RichText("<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>")


def body_blocks(blocks: list[tuple]) -> list[tuple[str, object]]:
    converted = []
    for kind, value in blocks:
        if kind in ("h2", "h3"):
            converted.append(("heading", {"text": value, "level": kind}))
        elif kind == "p":
            converted.append(("paragraph", _paragraphs([value])))
        elif kind == "ul":
            converted.append(("paragraph", _list(value)))
        elif kind == "inset":
            converted.append(("inset_text", {"body": _paragraphs([value])}))
        elif kind == "do":
            converted.append(("do_list", {"heading_level": 3, "label": "", "do": [RichText(escape(i)) for i in value]}))
        elif kind == "dont":
            converted.append(
                ("dont_list", {"heading_level": 3, "label": "", "dont": [RichText(escape(i)) for i in value]})
            )
        elif kind == "details":
            converted.append(("details", {"summary": value["summary"], "text": _paragraphs([value["text"]])}))
        elif kind == "callout":
            converted.append(
                (
                    "warning_callout",
                    {"title": value["heading"], "heading_level": 3, "body": _paragraphs([value["text"]])},
                )
            )
        else:
            raise ValueError(f"unknown demo block {kind!r}")
    return converted


def _steps(steps: list[dict]) -> list[tuple[str, dict]]:
    return [
        (
            "step",
            {
                "heading": step["heading"],
                "body": _paragraphs(step["body"]),
                "checklist": step.get("checklist", []),
                "do": step.get("do", []),
                "dont": step.get("dont", []),
            },
        )
        for step in steps
    ]


def _lines(lines: list[dict]) -> list[tuple[str, dict]]:
    return [
        ("line", {"picture": line["picture"], "text": line["text"], "word": line["word"], "meaning": line["meaning"]})
        for line in lines
    ]


def _page_fields(entry: dict) -> dict:
    return {"title": entry["title"], "intro": entry["intro"], "search_description": entry.get("description", "")}


def _guide_fields(guide: dict) -> dict:
    return {**_page_fields(guide), "steps": _steps(guide["steps"])}


def _easy_read_fields(easy_read: dict) -> dict:
    return {"title": easy_read["title"], "intro": easy_read["intro"], "lines": _lines(easy_read["lines"])}


def _resource_fields(resource: dict) -> dict:
    return {**_page_fields(resource), "topic": resource["topic"], "body": body_blocks(resource["body"])}


def _standard_fields(page: dict) -> dict:
    return {**_page_fields(page), "body": body_blocks(page["body"])}


def _journey_page_fields(language: str, key: str) -> dict:
    page = CONTENT[language]["pages"][key]
    return {"title": page["title"], "intro": page["intro"]}


# Building the English tree.


def _fill(page: Page, fields: dict) -> None:
    for name, value in fields.items():
        setattr(page, name, value)


def _child(parent: Page, model: type[Page], slug: str, fields: dict, **extra) -> Page:
    """The English page at parent/slug, created and published if missing.

    A page of another type at that address (an older demo) is replaced, with its translations.
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing and existing.specific_class is model:
        return existing.specific
    if existing:
        Page.objects.filter(translation_key=existing.translation_key).delete()
    page = model(slug=slug, locale=parent.locale, **fields, **extra)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _source_home() -> HomePage:
    source_locale = Locale.objects.get(language_code=SOURCE_LANGUAGE)
    home = HomePage.objects.filter(locale=source_locale).first()
    if home:
        return home
    root = Page.get_first_root_node()
    # Wagtail's starter "Welcome" page takes the slug and the site; our home page replaces it.
    for starter in root.get_children().filter(content_type__model="page", content_type__app_label="wagtailcore"):
        if starter.is_leaf():
            starter.delete()
    home = HomePage(slug="home", locale=source_locale, **CONTENT[SOURCE_LANGUAGE]["home"])
    root.add_child(instance=home)
    return home


def _journey_blocks(language: str, pages: dict[str, Page]) -> list[tuple[str, dict]]:
    journeys = CONTENT[language]["journeys"]
    return [("journey", {**journeys[key], "link_page": pages[key], "link_url": ""}) for key in JOURNEY_ORDER]


def _glossary(language: str, entries: list[dict], english_terms: dict[str, GlossaryTerm]) -> dict[str, GlossaryTerm]:
    locale = Locale.objects.get(language_code=language)
    terms = {}
    for entry in entries:
        fields = {"term": entry["term"], "other_forms": ", ".join(entry["forms"]), "explanation": entry["explanation"]}
        source = english_terms.get(entry["key"])
        if source is None:
            term = GlossaryTerm.objects.filter(locale=locale, term=entry["term"]).first()
            term = term or GlossaryTerm.objects.create(locale=locale, **fields)
        else:
            term = source.get_translation_or_none(locale)
            if term is None:
                term = source.copy_for_translation(locale)
                _fill(term, fields)
                term.save()
        terms[entry["key"]] = term
    return terms


def _translate(page: Page, language: str, fields: dict) -> Page:
    locale = Locale.objects.get(language_code=language)
    existing = page.get_translation_or_none(locale)
    if existing and not existing.alias_of_id:
        return existing.specific
    if existing:  # an alias (English shown in this language) gives way to the real translation
        existing.delete()
    translated = page.copy_for_translation(locale)
    _fill(translated, fields)
    translated.save_revision().publish()
    return translated


def seed_demo_pages(languages: set[str] | None = None) -> HomePage:
    """The demo site. `languages` limits the translated guides and the English aliases to those languages
    (tests use it to stay quick); the home page and its journey pages are always in every language."""
    # Wagtail's "usage" reference index is rebuilt by `manage.py rebuild_references_index`; keeping it up
    # to date page by page would double the time this takes.
    with transaction.atomic(), disable_reference_index_auto_update():
        return _seed_demo_pages(languages or {code for code, _name in settings.LANGUAGES})


@dataclass
class _SourcePages:
    """The English pages every translation is made from, by key."""

    home: HomePage
    journeys: dict[str, Page]
    standard: dict[str, Page]
    guides: dict[str, Page]
    easy_read: dict[str, Page]
    resources: dict[str, Page]


def _seed_demo_pages(languages: set[str]) -> HomePage:
    home = _source_home()
    _make_default_site(home)
    library = libraries()
    english = library[SOURCE_LANGUAGE]
    source = _seed_source_pages(home, english)
    english_terms = _glossary(SOURCE_LANGUAGE, english["glossary"], {})
    for language in CONTENT:
        if language != SOURCE_LANGUAGE:
            _seed_translation(language, library.get(language) if language in languages else None, source, english_terms)
    _alias_untranslated_pages(home.locale, languages)
    return home


def _make_default_site(home: HomePage) -> None:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True, site_name="NW London")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()


def _seed_source_pages(home: HomePage, english: dict) -> _SourcePages:
    """The English tree: journey pages, standard pages, guides with their Easy Read pages, employer resources."""
    pages: dict[str, Page] = {
        "residents": _child(home, GuideIndexPage, SLUGS["residents"], _journey_page_fields("en", "residents")),
        "employers": _child(home, EmployerHubPage, SLUGS["employers"], _journey_page_fields("en", "employers")),
        "sessions": _child(home, SessionListingPage, SLUGS["sessions"], _journey_page_fields("en", "sessions")),
    }
    standard = {
        key: _child(home, StandardPage, slug, _standard_fields(english["pages"][key]), show_in_menus=True)
        for key, slug in STANDARD_PAGE_SLUGS.items()
    }
    pages["about"] = standard["about"]
    guides = {
        guide["key"]: _child(pages["residents"], JobGuidePage, guide["key"], _guide_fields(guide))
        for guide in english["guides"]
    }
    easy_read = {
        guide["key"]: _child(guides[guide["key"]], EasyReadPage, EASY_READ_SLUG, _easy_read_fields(guide["easy_read"]))
        for guide in english["guides"]
        if guide["easy_read"]
    }
    for guide in english["guides"]:
        page = guides[guide["key"]]
        if not page.related_guides.exists():
            page.related_guides = [RelatedGuide(guide=guides[key]) for key in guide["related"]]
            page.save_revision().publish()
    resources = {
        resource["key"]: _child(pages["employers"], EmployerResourcePage, resource["key"], _resource_fields(resource))
        for resource in english["employer_resources"]
    }
    if not home.journeys or not home.body:  # a site seeded before the English body was loaded gets it too
        home.journeys = home.journeys or _journey_blocks(SOURCE_LANGUAGE, pages)
        home.body = home.body or CONTENT[SOURCE_LANGUAGE]["home"]["body"]
        home.save_revision().publish()
    return _SourcePages(home, pages, standard, guides, easy_read, resources)


def _seed_translation(language: str, translated: dict | None, source: _SourcePages, english_terms: dict) -> None:
    """The home and journey pages in every language; the rest where the language's library has them."""
    pages = source.journeys
    _translate(source.home, language, {**CONTENT[language]["home"], "journeys": _journey_blocks(language, pages)})
    for key in ("residents", "employers", "sessions"):
        _translate(pages[key], language, _journey_page_fields(language, key))
    if not translated:
        return
    _glossary(language, translated["glossary"], english_terms)
    for key, entry in translated["pages"].items():
        _translate(source.standard[key], language, _standard_fields(entry))
    for guide in translated["guides"]:
        _translate(source.guides[guide["key"]], language, _guide_fields(guide))
        if guide["easy_read"]:
            _translate(source.easy_read[guide["key"]], language, _easy_read_fields(guide["easy_read"]))
    for resource in translated["employer_resources"]:
        _translate(source.resources[resource["key"]], language, _resource_fields(resource))


def _alias_untranslated_pages(source: Locale, languages: set[str]) -> None:
    """Every language shows every page: the translation where there is one, else the English page."""
    index = PageIndex.from_database().sort_by_tree_position()
    for locale in Locale.objects.exclude(pk=source.pk).filter(language_code__in=languages):
        synchronize_tree(source, locale, page_index=index)
