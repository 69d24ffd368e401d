from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_migrate, post_save
from django.dispatch import receiver

from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail_localize.models import LocaleSynchronization

from .cache import purge_page_cache
from .models import GlossaryTerm


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
    # wagtail-localize aliases each new English page into every other language until it is translated.
    source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    for locale in Locale.objects.exclude(pk=source.pk):
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": source})
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(
            instance=Page(
                title="Root",
                slug="root",
                content_type=ContentType.objects.get_for_model(Page),
                locale=Locale.objects.get(language_code=settings.LANGUAGE_CODE),
            )
        )


def _purge_on_page_change(sender, instance=None, **kwargs) -> None:
    purge_page_cache()


def _purge_on_delete(sender, instance, **kwargs) -> None:
    if isinstance(instance, (Page, GlossaryTerm, Site, PageViewRestriction)):
        purge_page_cache()


page_published.connect(_purge_on_page_change, dispatch_uid="cms-purge-published")
page_unpublished.connect(_purge_on_page_change, dispatch_uid="cms-purge-unpublished")
post_page_move.connect(_purge_on_page_change, dispatch_uid="cms-purge-moved")
post_delete.connect(_purge_on_delete, dispatch_uid="cms-purge-deleted")
post_save.connect(_purge_on_page_change, sender=GlossaryTerm, dispatch_uid="cms-purge-glossary")
post_save.connect(_purge_on_page_change, sender=Site, dispatch_uid="cms-purge-site")
# A page made private (or public again) must not be served from the page cache, nor its "no restrictions"
# answer remembered (cms/chrome.py).
post_save.connect(_purge_on_page_change, sender=PageViewRestriction, dispatch_uid="cms-purge-restriction")
