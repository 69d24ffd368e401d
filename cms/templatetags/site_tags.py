from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from wagtail.models import Page

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
        for translation in Page.objects.filter(translation_key=page.translation_key).live().select_related("locale"):
            translated_urls[translation.locale.language_code] = translation.get_url(request)
    path = request.get_full_path() if request else "/"
    links = []
    for code, _name in settings.LANGUAGES:
        url = translated_urls.get(code) or translate_url(path, code)
        links.append(LanguageLink(code, get_language_info(code)["name_local"], url, code == current))
    return links


@register.simple_tag(takes_context=True)
def page_breadcrumbs(context, page: Page) -> list[dict[str, str]]:
    """The pages above this one, from the home page down, for the NHS.UK breadcrumb."""
    request = context.get("request")
    ancestors = page.get_ancestors().filter(depth__gt=1).specific(defer=True)
    return [{"title": ancestor.title, "url": ancestor.get_url(request)} for ancestor in ancestors]


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
    if field.widget_type == "checkboxselectmultiple":
        return f"{field.auto_id}_0"
    return field.id_for_label
