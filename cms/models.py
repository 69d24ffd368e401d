from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import JourneyBlock


class HomePage(Page):
    """The front door: a short welcome and the four journeys (residents, employers, sessions, staff)."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)
    journeys = StreamField([("journey", JourneyBlock())], blank=True, verbose_name=_("journeys"))
    body = RichTextField(_("more about the programme"), blank=True, features=["h2", "h3", "bold", "link", "ul", "ol"])

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("journeys"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["cms.StandardPage"]

    class Meta:
        verbose_name = _("home page")


class StandardPage(Page):
    """A plain page of text: about the programme, privacy, contact, and pages for each journey."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)
    body = RichTextField(_("body"), blank=True, features=["h2", "h3", "bold", "link", "ul", "ol"])

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["cms.HomePage", "cms.StandardPage"]
    subpage_types = ["cms.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
