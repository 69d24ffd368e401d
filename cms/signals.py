from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_migrate
from django.dispatch import receiver

from wagtail.models import Locale, Page


@receiver(post_migrate)
def ensure_locales_and_root(sender, **kwargs) -> None:
    """Every content language has a Wagtail locale and the page tree has its root.

    Migrations create both; this restores them after a database flush (which empties every table and
    then sends post_migrate), so a flushed database is still a working site.
    """
    if sender.name != "cms":
        return
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(
            instance=Page(
                title="Root",
                slug="root",
                content_type=ContentType.objects.get_for_model(Page),
                locale=Locale.objects.get(language_code=settings.LANGUAGE_CODE),
            )
        )
