from django import template
from django.contrib.contenttypes.models import ContentType

from wagtail.models import Locale, Page

register = template.Library()


@register.simple_tag
def sessions_page_url() -> str:
    """The "Support sessions" page in the reader's language (the CMS owns it; we know it by its type)."""
    page_type = ContentType.objects.get_by_natural_key("cms", "sessionlistingpage")
    pages = Page.objects.live().filter(content_type=page_type)
    page = pages.filter(locale=Locale.get_active()).first() or pages.first()
    return page.url if page else "/"
