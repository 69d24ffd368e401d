"""Editor panels: the reading age of a page, and Easy Read sentences that are too long; named rich text."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, Panel

from applications.checks.language import reading_age
from applications.checks.text import sentences

READING_AGE_TARGET = 12


class ReadabilityPanel(Panel):
    """Shows the saved version's reading age (UK years), computed by the checks engine."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Reading age"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "cms/panels/readability.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            text = page.readable_text() if page.pk else ""
            context["reading_age"] = reading_age(sentences(text), page.locale.language_code) if text else None
            context["target"] = READING_AGE_TARGET
            context["has_text"] = bool(text)
            context["long_sentences"] = page.long_sentences() if hasattr(page, "long_sentences") else []
            return context


class NamedRichTextPanel(FieldPanel):
    """A rich text field whose editing box is named after its label: Draftail's box is not tied to the label
    Wagtail draws, so a screen reader would find an unnamed text box."""

    def __init__(self, field_name: str, *, label, features: list[str], **kwargs):
        super().__init__(field_name, **kwargs)
        self.label, self.features = label, features

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "label": self.label, "features": self.features}

    def get_form_options(self):
        from wagtail.admin.rich_text import get_rich_text_editor_widget  # loads models: not at import time

        options = super().get_form_options()
        widget = get_rich_text_editor_widget(features=self.features)
        widget.options = {**widget.options, "ariaLabel": self.label}
        options["widgets"] = {**options.get("widgets", {}), self.field_name: widget}
        return options
