from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from .breakdowns import Breakdown
from .equality import ANSWER_FIELDS, ETHNIC_GROUP_SECTIONS, PREFER_NOT_TO_SAY, EqualityAnswers
from .models import Indicator, IndicatorValue, Source


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


class IndicatorForm(WagtailAdminModelForm):
    breakdowns = forms.MultipleChoiceField(
        label=_("Breakdowns allowed"),
        choices=Breakdown.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Indicator
        fields = [
            "code",
            "name",
            "definition",
            "workstream",
            "unit",
            "about_people",
            "numerator_label",
            "denominator_label",
            "direction",
            "target",
            "period",
            "breakdowns",
            "source",
            "sort_order",
        ]


class IndicatorValueForm(WagtailAdminModelForm):
    """A value entered by hand: only for indicators whose source is "entered by hand"."""

    class Meta:
        model = IndicatorValue
        fields = ["indicator", "period_start", "breakdown", "category", "value", "numerator", "denominator"]
        help_texts = {
            "period_start": _("The first day of the month or quarter, such as 2026-07-01."),
            "category": _("Leave blank for the total. Otherwise the group's code, such as brent or asian."),
            "value": _("For a rate, leave this blank: it is worked out from the numerator and denominator."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicator"].queryset = Indicator.objects.filter(source=Source.MANUAL)
        self.fields["value"].required = False
