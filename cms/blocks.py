from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class JourneyStructValue(blocks.StructValue):
    def url(self) -> str:
        page = self.get("link_page")
        return page.localized.url if page else self.get("link_url")


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
                block_errors={"link_url": blocks.BlockValidationError(_("Choose a page or give an address."))}
            )
        return value
