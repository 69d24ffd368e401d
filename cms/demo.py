"""Create the demo pages in every language that has demo content. Running it again changes nothing."""

from django.db import transaction

from wagtail.models import Locale, Page, Site

from .demo_content import CONTENT, JOURNEY_ORDER, JOURNEY_PAGES, SLUGS, STAFF_URL
from .models import HomePage, StandardPage

SOURCE_LANGUAGE = "en"


def _journey_blocks(content: dict, pages: dict[str, Page]) -> list[tuple[str, dict]]:
    blocks = []
    for key in JOURNEY_ORDER:
        journey = content["journeys"][key]
        blocks.append(
            (
                "journey",
                {
                    "heading": journey["heading"],
                    "text": journey["text"],
                    "link_page": pages.get(key),
                    "link_url": STAFF_URL if key == "staff" else "",
                    "link_text": journey["link_text"],
                },
            )
        )
    return blocks


def _fill(page: Page, fields: dict) -> None:
    for name, value in fields.items():
        setattr(page, name, value)


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


def _translate(page: Page, language: str, fields: dict) -> Page:
    locale = Locale.objects.get(language_code=language)
    existing = page.get_translation_or_none(locale)
    if existing:
        return existing.specific
    translated = page.copy_for_translation(locale)
    _fill(translated, fields)
    translated.save_revision().publish()
    return translated


@transaction.atomic
def seed_demo_pages() -> HomePage:
    home = _source_home()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True, site_name="NW London")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()

    english = CONTENT[SOURCE_LANGUAGE]
    pages: dict[str, Page] = {}
    for key in JOURNEY_PAGES:
        page = StandardPage.objects.child_of(home).filter(slug=SLUGS[key]).first()
        if page is None:
            page = StandardPage(slug=SLUGS[key], locale=home.locale, **english["pages"][key])
            home.add_child(instance=page)
        pages[key] = page
    if not home.journeys:
        home.journeys = _journey_blocks(english, pages)
        home.save_revision().publish()

    for language, content in CONTENT.items():
        if language == SOURCE_LANGUAGE:
            continue
        _translate(home, language, {**content["home"], "journeys": _journey_blocks(content, pages)})
        for key in JOURNEY_PAGES:
            _translate(pages[key], language, content["pages"][key])
    return home
