"""sitemap.xml for every language, each address listing its translations as hreflang alternates."""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


def translations_by_key(pages) -> dict:
    by_key = defaultdict(list)
    for page in pages:
        by_key[page.translation_key].append(page)
    return by_key


def alternates_for(translations: list[Page], request) -> list[dict[str, str]]:
    """hreflang links for a set of translations of one page, with English as the x-default."""
    links = [
        {"lang_code": page.locale.language_code, "location": page.get_full_url(request)}
        for page in sorted(translations, key=lambda page: page.locale.language_code)
    ]
    default = next((link for link in links if link["lang_code"] == settings.LANGUAGE_CODE), None)
    if default:
        links.append({"lang_code": "x-default", "location": default["location"]})
    return links


def translated_pages(queryset):
    """Live, public pages that are real translations: aliases only repeat English under another prefix."""
    return queryset.live().public().filter(alias_of__isnull=True).select_related("locale")


class TranslatedSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_site = Q()
        for root in roots:
            in_a_site |= Q(path__startswith=root.path)
        pages = translated_pages(Page.objects.filter(in_a_site)).order_by("path").specific(defer=True)
        self._alternates = {}
        for translations in translations_by_key(pages.all()).values():
            links = alternates_for(translations, self.request)
            for link in links:
                self._alternates[link["location"]] = links
        return pages

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            url["alternates"] = self._alternates.get(url["location"], [])
        return urls
