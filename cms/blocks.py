from functools import cached_property

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtailnhsukfrontend import blocks as nhsuk_blocks

from .chrome import remember
from .pictograms import PICTOGRAM_CHOICES

# Screen readers in the page editor. Wagtail draws no label beside each item of a list block, and the label
# it draws for rich text is not tied to Draftail's editing box: without these, each box has no name.


class NamedRichTextBlock(blocks.RichTextBlock):
    """Rich text whose editing box is named after the block's label."""

    @cached_property
    def field(self):
        field = super().field
        field.widget.options = {**field.widget.options, "ariaLabel": self.label}
        return field


class ListItemCharBlock(blocks.CharBlock):
    """One line of a list block, its text box named after the block's label."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.field.widget.attrs["aria-label"] = self.label


def localized_url(page) -> str:
    """The address of a linked page in the reader's language, remembered until content changes."""
    return remember(None, "localized-url", lambda: page.localized.url, page.pk)


class JourneyStructValue(blocks.StructValue):
    def url(self) -> str:
        page = self.get("link_page")
        return localized_url(page) if page else self.get("link_url")


class LinkStructValue(blocks.StructValue):
    def href(self) -> str:
        page = self.get("page")
        return localized_url(page) if page else self.get("url")


class JourneyBlock(blocks.StructBlock):
    """One of the main things people come to the site to do, as a card with a clear call to action."""

    heading = blocks.CharBlock(max_length=80, label=_("Heading"))
    text = blocks.TextBlock(max_length=300, label=_("Short description"))
    link_page = blocks.PageChooserBlock(required=False, label=_("Link to a page"))
    link_url = blocks.CharBlock(
        required=False, max_length=200, label=_("Or link to an address"), help_text=_("For example /en/account/signup/")
    )
    link_text = blocks.CharBlock(max_length=60, label=_("Link text"), help_text=_("Say where the link goes."))

    class Meta:
        icon = "link"
        value_class = JourneyStructValue
        template = "components/journey_card.html"
        label = _("Journey")
        description = _("A card that sends people to one of the main things they can do here.")
        preview_value = {
            "heading": "Get help with an NHS job application",
            "text": "Read our guides and check your supporting statement.",
            "link_url": "/en/",
            "link_text": "Start here",
        }

    def clean(self, value):
        value = super().clean(value)
        if not value.get("link_page") and not value.get("link_url"):
            raise blocks.StructBlockValidationError(
                block_errors={"link_url": ValidationError(_("Choose a page or give an address."))}
            )
        return value


# Content blocks. Where wagtail-nhsuk-frontend has the component we reuse its block (its fields and the
# NHS.UK markup); our templates replace its English-only visually hidden words with translated ones.

RICH_TEXT_FEATURES = ["bold", "link", "ul", "ol"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, label=_("Heading"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Main heading (h2)")), ("h3", _("Sub-heading (h3)"))],
        default="h2",
        label=_("Level"),
        help_text=_("Use a main heading first. Screen reader users move around the page by its headings."),
    )

    class Meta:
        icon = "title"
        template = "components/heading.html"
        label = _("Heading")
        description = _("A heading that starts a new part of the page.")
        preview_value = {"text": "What you will need", "level": "h2"}


class InsetTextBlock(nhsuk_blocks.InsetTextBlock):
    body = NamedRichTextBlock(label=_("Text"))

    class Meta:
        icon = "info-circle"
        template = "components/inset_text.html"
        label = _("Inset text")
        description = _("A short piece of information that should stand out from the text around it.")
        preview_value = {"body": "<p>You can ask for help at any stage of your application.</p>"}


class WarningCalloutBlock(nhsuk_blocks.WarningCalloutBlock):
    body = NamedRichTextBlock(label=_("Text"))

    class Meta:
        icon = "warning"
        template = "components/warning_callout.html"
        label = _("Important box")
        description = _("A box for something people must know, such as a deadline they must not miss.")
        preview_value = {
            "title": "Check the closing date",
            "heading_level": 3,
            "body": "<p>Adverts can close early.</p>",
        }


class DoBlock(nhsuk_blocks.DoBlock):
    do = blocks.ListBlock(NamedRichTextBlock(label=_("Do")), label=_("Do"))

    class Meta:
        icon = "tick"
        template = "components/do_list.html"
        label = _("Do list")
        description = _("A list of things people should do, with ticks.")
        preview_value = {"heading_level": 3, "do": ["Read the person specification", "Give a real example"]}


class DontBlock(nhsuk_blocks.DontBlock):
    dont = blocks.ListBlock(NamedRichTextBlock(label=_("Don't")), label=_("Don't"))

    class Meta:
        icon = "cross"
        template = "components/dont_list.html"
        label = _("Don't list")
        description = _("A list of things people should not do, with crosses.")
        preview_value = {"heading_level": 3, "dont": ["Copy the job description", "Leave a box empty"]}


class DetailsBlock(blocks.StructBlock):
    summary = blocks.CharBlock(
        max_length=120, label=_("Summary"), help_text=_("The link text people click to open it.")
    )
    text = NamedRichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text shown when opened"))

    class Meta:
        icon = "collapse-down"
        template = "components/details.html"
        label = _("More information (details)")
        description = _("Extra detail that only some readers need, hidden until they open it.")
        preview_value = {"summary": "What if I do not have a passport?", "text": "<p>Other documents can prove it.</p>"}


class ActionLinkBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=80, label=_("Link text"), help_text=_("Say where the link goes."))
    page = blocks.PageChooserBlock(required=False, label=_("Link to a page"))
    url = blocks.URLBlock(required=False, label=_("Or link to an address"))

    class Meta:
        icon = "arrow-right"
        template = "components/action_link.html"
        value_class = LinkStructValue
        label = _("Action link")
        description = _("A green arrow link that sends people to the next thing to do.")
        preview_value = {"text": "Find NHS jobs", "url": "https://www.jobs.nhs.uk/"}

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose a page or give an address, not both."))}
            )
        return value


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt = blocks.CharBlock(
        required=False,
        max_length=200,
        label=_("Alternative text"),
        help_text=_("Say what the picture shows for people who cannot see it. Leave empty only if it is decorative."),
    )
    decorative = blocks.BooleanBlock(
        required=False,
        label=_("The picture is decorative"),
        help_text=_("Tick this only when the text around it already says everything the picture shows."),
    )
    caption = blocks.CharBlock(required=False, max_length=200, label=_("Caption"))

    class Meta:
        icon = "image"
        template = "components/image.html"
        label = _("Image")
        description = _("A picture with alternative text for people who cannot see it.")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("alt") and not value.get("decorative"):
            raise blocks.StructBlockValidationError(
                block_errors={"alt": ValidationError(_("Describe the picture, or tick decorative."))}
            )
        return value


class BaseStreamBlock(blocks.StreamBlock):
    """The blocks every page body can use."""

    heading = HeadingBlock()
    paragraph = NamedRichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        label=_("Paragraph"),
        description=_("Text, with bold, links and lists."),
        preview_value="<p>Most NHS jobs are advertised on NHS Jobs.</p>",
        template="components/paragraph.html",
    )
    inset_text = InsetTextBlock()
    warning_callout = WarningCalloutBlock()
    do_list = DoBlock()
    dont_list = DontBlock()
    details = DetailsBlock()
    action_link = ActionLinkBlock()
    image = ImageBlock()


# Job guides: numbered steps, and Easy Read lines.


class StepBlock(blocks.StructBlock):
    """One numbered step of a job guide."""

    heading = blocks.CharBlock(max_length=120, label=_("Step heading"))
    body = NamedRichTextBlock(features=RICH_TEXT_FEATURES, label=_("What to do"))
    checklist = blocks.ListBlock(
        ListItemCharBlock(max_length=200, label=_("Checklist")), default=[], label=_("Checklist"),
        help_text=_("Things to have ready or to check. Leave empty if the step has none."),
    )  # fmt: skip
    do = blocks.ListBlock(ListItemCharBlock(max_length=200, label=_("Do")), default=[], label=_("Do"))
    dont = blocks.ListBlock(ListItemCharBlock(max_length=200, label=_("Don't")), default=[], label=_("Don't"))
    video_title = blocks.CharBlock(required=False, max_length=120, label=_("Video title"))
    video_url = blocks.URLBlock(required=False, label=_("Video address"))
    transcript = blocks.TextBlock(
        required=False, label=_("Video transcript"),
        help_text=_("Everything the video says and shows, for people who cannot watch or hear it."),
    )  # fmt: skip

    class Meta:
        icon = "list-ol"
        template = "components/guide_step.html"
        label = _("Step")
        description = _("A numbered step with what to do, a checklist, do and don't lists and an optional video.")
        preview_value = {
            "heading": "Find a job you want",
            "body": "<p>Look for jobs on NHS Jobs. Read the advert all the way through.</p>",
            "checklist": ["An email address", "About an hour of time"],
            "do": ["Save the advert"],
            "dont": ["Wait until the closing date"],
        }

    def clean(self, value):
        value = super().clean(value)
        if value.get("video_url"):
            errors = {
                name: ValidationError(message)
                for name, message in (
                    ("video_title", _("Give the video a title.")),
                    ("transcript", _("Add a transcript so everyone can use the video.")),
                )
                if not value.get(name)
            }
            if errors:
                raise blocks.StructBlockValidationError(block_errors=errors)
        return value


class EasyReadLineBlock(blocks.StructBlock):
    """One Easy Read line: a picture on the left, one short sentence on the right.

    The picture supports the sentence next to it, which already says everything it shows, so it is
    decorative (empty alt text): a screen reader reads the sentence once instead of twice.
    """

    picture = blocks.ChoiceBlock(choices=PICTOGRAM_CHOICES, required=False, label=_("Picture"))
    image = ImageChooserBlock(
        required=False, label=_("Or your own picture"), help_text=_("Used instead of the picture above.")
    )
    text = blocks.CharBlock(
        max_length=200, label=_("Sentence"), help_text=_("One short sentence. Try to use 15 words or fewer.")
    )
    word = blocks.CharBlock(required=False, max_length=60, label=_("Hard word"))
    meaning = blocks.CharBlock(required=False, max_length=200, label=_("What the hard word means"))

    class Meta:
        icon = "image"
        template = "components/easy_read_line.html"
        label = _("Easy Read line")
        description = _("A picture and one short sentence, with a hard word explained next to it.")
        preview_value = {"picture": "calendar", "text": "Send your form before the closing date.",
                         "word": "closing date", "meaning": "The last day you can apply."}  # fmt: skip

    def clean(self, value):
        value = super().clean(value)
        if value.get("word") and not value.get("meaning"):
            raise blocks.StructBlockValidationError(
                block_errors={"meaning": ValidationError(_("Explain the hard word."))}
            )
        return value
