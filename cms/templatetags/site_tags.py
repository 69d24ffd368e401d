from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language, get_language_bidi, get_language_info

from wagtail.models import Page, Site

from cms.chrome import PageLink, page_links, remember
from cms.languages import set_content_languages
from cms.sitemap import alternates_for, translated_pages

register = template.Library()


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name_local: str
    url: str
    current: bool


@register.simple_tag(takes_context=True)
def language_links(context) -> list[LanguageLink]:
    """A link to this page in every UI language.

    On a Wagtail page, each link goes to that page's translation (or the home page in that language when
    the page is not translated yet); anywhere else, to the same address under the other language prefix.
    """
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    translated_urls: dict[str, str] = {}
    if isinstance(page, Page) and page.pk:
        translated_urls = remember(request, "translations", lambda: _translated_urls(page, request), page.pk)
    path = request.get_full_path() if request else "/"
    links = []
    for code, _name in settings.LANGUAGES:
        url = translated_urls.get(code) or translate_url(path, code)
        links.append(LanguageLink(code, get_language_info(code)["name_local"], url, code == current))
    return links


def _translated_urls(page: Page, request) -> dict[str, str]:
    translations = Page.objects.filter(translation_key=page.translation_key).live().select_related("locale")
    return {translation.locale.language_code: translation.get_url(request) for translation in translations}


@register.simple_tag(takes_context=True)
def page_breadcrumbs(context, page: Page) -> list[dict[str, str]]:
    """The pages above this one, from the home page down, for the NHS.UK breadcrumb."""
    request = context.get("request")
    return remember(request, "breadcrumbs", lambda: _breadcrumbs(page, request), page.pk)


def _breadcrumbs(page: Page, request) -> list[dict[str, str]]:
    ancestors = list(page.get_ancestors().filter(depth__gt=1).specific(defer=True))
    set_content_languages(ancestors)
    return [
        {"title": ancestor.title, "url": ancestor.get_url(request), "language": ancestor.content_language}
        for ancestor in ancestors
    ]


@register.simple_tag
def nhsuk_widget(field, css_class: str) -> str:
    """Render a form field's own widget with NHS.UK classes and the hint and error tied to it."""
    attrs = {
        "class": css_class + (f" {css_class}--error" if field.errors and css_class != "nhsuk-checkboxes__input" else "")
    }
    described_by = [
        f"{field.auto_id}-{part}" for part, present in (("hint", field.help_text), ("error", field.errors)) if present
    ]
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)


@register.filter
def first_input_id(field) -> str:
    """The id an error summary link should jump to: the first box of a group, or the field itself."""
    if field.widget_type in ("checkboxselectmultiple", "radioselect", "nhsdate"):
        return f"{field.auto_id}_0"
    return field.id_for_label


@register.simple_tag(takes_context=True)
def footer_pages(context) -> list[PageLink]:
    """Pages editors mark "Show in menus" under the home page in the reader's language."""
    request = context.get("request")
    return remember(request, "footer", lambda: _footer_pages(request))


def _footer_pages(request) -> list[PageLink]:
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    root = site.root_page
    home = Page.objects.filter(translation_key=root.translation_key, locale__language_code=get_language()).first()
    pages = list((home or root).get_children().live().public().in_menu())
    set_content_languages(pages)
    return page_links(pages, request)


@register.simple_tag(takes_context=True)
def alternate_links(context) -> list[dict[str, str]]:
    """hreflang links to this page's translations (not to English shown under another prefix)."""
    page = context.get("page")
    if not isinstance(page, Page) or not page.pk:
        return []
    request = context.get("request")

    def build() -> list[dict[str, str]]:
        translations = translated_pages(Page.objects.filter(translation_key=page.translation_key))
        return alternates_for(list(translations), request)

    return remember(request, "alternates", build, page.pk)


@register.simple_tag
def crumbs(*titles_and_urls: str) -> list[dict[str, str]]:
    """Breadcrumbs for includes/breadcrumbs.html from title, url, title, url, ... (app pages, not Wagtail)."""
    pairs = zip(titles_and_urls[::2], titles_and_urls[1::2], strict=True)
    return [{"title": title, "url": url} for title, url in pairs]


@register.simple_tag
def lang_attrs(language: str | None) -> SafeString:
    """` lang="…"` (and ` dir="…"` when the direction differs) for words in a language other than the page's.

    Screen readers then read English on a Polish page with an English voice, and English on an Arabic
    page runs left to right.
    """
    if not language or language == get_language():
        return SafeString("")
    attrs = format_html(' lang="{}"', language)
    bidi = get_language_info(language)["bidi"]
    if bidi != get_language_bidi():
        attrs += format_html(' dir="{}"', "rtl" if bidi else "ltr")
    return attrs
