from django import template

from wagtail.models import Locale, Page

register = template.Library()


@register.simple_tag
def sessions_page_url() -> str:
    """The "Support sessions" page in the reader's language (the CMS owns it; we know it by its type)."""
    pages = Page.objects.live().filter(content_type__app_label="cms", content_type__model="sessionlistingpage")
    page = pages.filter(locale=Locale.get_active()).first() or pages.first()
    return page.url if page else "/"
