from datetime import date, timedelta
from functools import cached_property

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable, Page, PageViewRestriction, TranslatableMixin
from wagtail.search import index

from recruit_outreach.outreach.sessions.forms import SessionFilterForm
from recruit_outreach.outreach.sessions.selectors import sessions_upcoming

from .blocks import BaseStreamBlock, EasyReadLineBlock, JourneyBlock, StepBlock
from .chrome import PageLink, page_links, remember
from .glossary import terms_by_step
from .languages import set_content_languages
from .panels import NamedRichTextPanel, ReadabilityPanel

EASY_READ_MAX_WORDS = 15
HOME_BODY_FEATURES = ["h2", "h3", "bold", "link", "ul", "ol"]


def a_year_from_today() -> date:
    return date.today() + timedelta(days=365)


class BasePage(Page):
    """What every page of ours shares: a full-page cache for anonymous readers and its content language."""

    intro = models.TextField(
        _("introduction"), max_length=300, blank=True, help_text=_("One or two sentences. Also used in listings.")
    )

    search_fields = [*Page.search_fields, index.SearchField("intro")]
    # StreamFields whose words count towards the reading age shown to editors.
    readable_fields: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def readable_text(self) -> str:
        parts = [self.intro]
        for name in self.readable_fields:
            value = getattr(self, name)
            parts += value.stream_block.get_searchable_content(value)
        return "\n".join(part for part in parts if part)

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # The anonymous page cache stores only responses marked here (see cms/cache.py).
        response.cms_cacheable = True
        return response

    @cached_property
    def content_language(self) -> str:
        """The language the content is written in.

        A page not yet translated into a language is shown there as an alias of the English page, so its
        words are English even though its address and menus are in the reader's language.
        """
        if self.alias_of_id:
            source = Page.objects.filter(pk=self.alias_of_id).values_list("locale__language_code", flat=True)
            return remember(None, "alias-language", source.first, self.alias_of_id)
        return self.locale.language_code

    def get_view_restrictions(self):
        """Wagtail asks on every page served; most pages have none, which is remembered until content changes
        (saving or deleting a restriction empties the cache too, see signals.py)."""
        restricted = remember(
            None, "restricted", lambda: super(BasePage, self).get_view_restrictions().exists(), self.pk
        )
        return super().get_view_restrictions() if restricted else PageViewRestriction.objects.none()

    def get_meta_description(self) -> str:
        return self.search_description or self.intro


class ReviewDatesMixin(models.Model):
    """Guidance goes out of date: every guide says when it was last checked and when it must be checked again."""

    last_reviewed = models.DateField(_("page last reviewed"), default=date.today)
    next_review_due = models.DateField(_("next review due"), default=a_year_from_today)

    review_panels = [
        MultiFieldPanel([FieldPanel("last_reviewed"), FieldPanel("next_review_due")], heading=_("Review dates"))
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.last_reviewed and self.next_review_due and self.next_review_due <= self.last_reviewed:
            raise ValidationError({"next_review_due": _("The next review must come after the last review.")})


class HomePage(BasePage):
    """The front door: a short welcome and the four journeys."""

    journeys = StreamField([("journey", JourneyBlock())], blank=True, verbose_name=_("journeys"))
    body = RichTextField(_("more about the programme"), blank=True, features=HOME_BODY_FEATURES)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("journeys"),
        NamedRichTextPanel("body", label=_("more about the programme"), features=HOME_BODY_FEATURES),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["cms.GuideIndexPage", "cms.EmployerHubPage", "cms.SessionListingPage", "cms.StandardPage"]

    class Meta:
        verbose_name = _("home page")


class StandardPage(ReviewDatesMixin, BasePage):
    """A page of text: about the programme, the accessibility statement, privacy notice and contact."""

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body"), *ReviewDatesMixin.review_panels]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["cms.HomePage", "cms.StandardPage"]
    subpage_types = ["cms.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class GuideIndexPage(BasePage):
    """Lists the job guides, with a link to each one's Easy Read version."""

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.JobGuidePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("guide index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = remember(request, "guide-index", lambda: self.guide_links(request), self.pk)
        return context

    def guide_links(self, request) -> list[tuple[PageLink, str | None]]:
        """Each guide with the address of its Easy Read version, if it has one."""
        guides = list(JobGuidePage.objects.child_of(self).live().public().order_by("path"))
        easy_read = {
            page.path[: -Page.steplen]: page
            for page in EasyReadPage.objects.descendant_of(self).live().public().filter(depth=self.depth + 2)
        }
        set_content_languages(guides)
        links = dict(zip((guide.path for guide in guides), page_links(guides, request), strict=True))
        return [(link, easy_read[path].get_url(request) if path in easy_read else None) for path, link in links.items()]


class JobGuidePage(ReviewDatesMixin, BasePage):
    """A step-by-step guide for residents, with hard words explained where they are used."""

    steps = StreamField([("step", StepBlock())], verbose_name=_("steps"))

    content_panels = [
        *Page.content_panels,
        ReadabilityPanel(),
        FieldPanel("intro"),
        FieldPanel("steps"),
        InlinePanel("related_guides", label=_("Related guides"), max_num=4),
        *ReviewDatesMixin.review_panels,
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("steps")]

    readable_fields = ("steps",)

    parent_page_types = ["cms.GuideIndexPage"]
    subpage_types = ["cms.EasyReadPage"]

    class Meta:
        verbose_name = _("job guide")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = self.content_language
        glossary = remember(
            request, "glossary", lambda: list(GlossaryTerm.objects.filter(locale__language_code=language)), language
        )
        context["steps"] = terms_by_step(self.steps, glossary=glossary)
        context["related_guides"] = remember(
            request, "related", lambda: page_links(self.localized_related_guides(), request), self.pk
        )
        context["easy_read_url"] = remember(request, "easy-read", lambda: self.easy_read_url(request), self.pk)
        return context

    def easy_read_url(self, request) -> str | None:
        easy_read = EasyReadPage.objects.child_of(self).live().public().first()
        return easy_read.get_url(request) if easy_read else None

    def localized_related_guides(self) -> list["JobGuidePage"]:
        """The related guides, in the reader's language where they have been translated or aliased."""
        chosen = [related.guide for related in self.related_guides.select_related("guide") if related.guide.live]
        keys = [guide.translation_key for guide in chosen]
        locale = Locale.get_active()
        localized = {
            page.translation_key: page
            for page in JobGuidePage.objects.live().public().filter(translation_key__in=keys, locale=locale)
        }
        guides = [localized.get(guide.translation_key, guide) for guide in chosen]
        set_content_languages(guides)
        return guides


class RelatedGuide(Orderable):
    page = ParentalKey(JobGuidePage, on_delete=models.CASCADE, related_name="related_guides")
    guide = models.ForeignKey(JobGuidePage, on_delete=models.CASCADE, related_name="+", verbose_name=_("guide"))

    panels = [PageChooserPanel("guide", "cms.JobGuidePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related guide")


class EasyReadPage(ReviewDatesMixin, BasePage):
    """The Easy Read version of a guide: a picture and one short sentence per line."""

    lines = StreamField([("line", EasyReadLineBlock())], verbose_name=_("lines"))

    content_panels = [
        *Page.content_panels,
        ReadabilityPanel(),
        FieldPanel("intro"),
        FieldPanel("lines"),
        *ReviewDatesMixin.review_panels,
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("lines")]

    readable_fields = ("lines",)

    parent_page_types = ["cms.JobGuidePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Easy Read page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guide_url"] = remember(request, "parent", lambda: self.get_parent().get_url(request), self.pk)
        return context

    def long_sentences(self) -> list[str]:
        return [line.value["text"] for line in self.lines if len(line.value["text"].split()) > EASY_READ_MAX_WORDS]


class EmployerHubPage(BasePage):
    """Lists the employer resources."""

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.EmployerResourcePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("employer hub page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["resources"] = remember(request, "resources", lambda: self.resource_links(request), self.pk)
        return context

    def resource_links(self, request) -> list[PageLink]:
        resources = list(EmployerResourcePage.objects.child_of(self).live().public().order_by("path"))
        set_content_languages(resources)
        return page_links(resources, request)


class EmployerResourcePage(ReviewDatesMixin, BasePage):
    """Guidance for employers on hiring and supporting people with a learning disability."""

    class Topic(models.TextChoices):
        CAPABILITIES = "capabilities", _("What people can do")
        ADJUSTMENTS = "adjustments", _("Reasonable adjustments")
        JOB_CARVING = "job_carving", _("Job carving")
        INTERNSHIPS = "internships", _("Supported internships")
        ACCESS_TO_WORK = "access_to_work", _("Access to Work")
        DISABILITY_CONFIDENT = "disability_confident", _("Disability Confident")

    topic = models.CharField(_("topic"), max_length=30, choices=Topic.choices)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        ReadabilityPanel(),
        FieldPanel("topic"),
        FieldPanel("intro"),
        FieldPanel("body"),
        *ReviewDatesMixin.review_panels,
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body"), index.FilterField("topic")]

    readable_fields = ("body",)

    parent_page_types = ["cms.EmployerHubPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("employer resource")


class SessionListingPage(BasePage):
    """Upcoming support sessions, read live from the outreach app and filtered by a plain GET form.

    Places change by the minute, so this page is never stored in the anonymous page cache."""

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    listing_limit = 50

    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("support sessions page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = SessionFilterForm(request.GET or None)
        sessions = sessions_upcoming(filters=form.filters())
        context.update(
            filter_form=form,
            sessions=sessions[: self.listing_limit],
            filtered=bool(request.GET),
            total=sessions.count(),
        )
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        response.cms_cacheable = False
        return response


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    """NHS jargon in plain words, explained in a guide wherever the word is used."""

    term = models.CharField(_("word or phrase"), max_length=80)
    other_forms = models.CharField(
        _("other forms"),
        max_length=200,
        blank=True,
        help_text=_("Other ways the word is written, separated by commas. For example: bands, banding"),
    )
    explanation = models.TextField(_("plain explanation"), max_length=400)

    panels = [FieldPanel("term"), FieldPanel("other_forms"), FieldPanel("explanation")]
    search_fields = [index.SearchField("term"), index.AutocompleteField("term"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary term")
        ordering = ["term"]

    def __str__(self) -> str:
        return self.term

    def forms(self) -> list[str]:
        return [self.term, *(form.strip() for form in self.other_forms.split(",") if form.strip())]
