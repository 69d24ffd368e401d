from django import forms
from django.utils.translation import gettext_lazy as _

from .equality import ANSWER_FIELDS, ETHNIC_GROUP_SECTIONS, PREFER_NOT_TO_SAY, EqualityAnswers


class EqualityAnswersForm(forms.ModelForm):
    """Every question is optional; radios, so the page works without JavaScript."""

    class Meta:
        model = EqualityAnswers
        fields = list(ANSWER_FIELDS)
        labels = {
            "ethnic_group": _("What is your ethnic group?"),
            "disability": _("Do you have a disability or a long-term health condition?"),
            "sex": _("What is your sex?"),
            "gender_identity": _("Is the gender you identify with the same as your sex registered at birth?"),
            "religion": _("What is your religion?"),
            "age_band": _("How old are you?"),
        }
        help_texts = {
            "disability": _(
                "One that has lasted, or is likely to last, 12 months or more and makes daily life harder."
            ),
        }
        widgets = dict.fromkeys(ANSWER_FIELDS, forms.RadioSelect)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ANSWER_FIELDS:
            field = self.fields[name]
            field.required = False
            # Drop the empty choice: leaving every radio unticked is how a question is skipped.
            field.choices = [choice for choice in field.choices if choice[0] != ""]

    def ethnic_group_sections(self) -> list[tuple[str, list]]:
        """The ethnic group radios under their ONS high-level group, for the template."""
        options = self._ethnic_group_options()
        return [(label, [options[code] for code, _label in group]) for label, group in ETHNIC_GROUP_SECTIONS]

    def ethnic_group_prefer_not_to_say(self):
        return self._ethnic_group_options()[PREFER_NOT_TO_SAY]

    def _ethnic_group_options(self) -> dict:
        return {option.data["value"]: option for option in self["ethnic_group"]}
