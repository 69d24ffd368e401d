import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from recruit_outreach.accounts.models import Borough

from .models import SessionType
from .selectors import SessionFilters

UK_MOBILE = re.compile(r"^(?:\+44|0044|0)7\d{9}$")


def _with_any(label, choices) -> list[tuple[str, str]]:
    return [("", label), *choices]


class SessionFilterForm(forms.Form):
    """The listing's filters: a plain GET form, so it works without JavaScript."""

    borough = forms.ChoiceField(
        label=_("Borough"),
        required=False,
        choices=_with_any(_("Any borough"), [c for c in Borough.choices if c[0] != Borough.OTHER]),
    )
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=_with_any(_("Any language"), settings.LANGUAGES)
    )
    session_type = forms.ChoiceField(
        label=_("Type of session"), required=False, choices=_with_any(_("Any type"), SessionType.choices)
    )
    step_free = forms.BooleanField(label=_("Step-free access only"), required=False)

    def filters(self) -> SessionFilters:
        if not self.is_valid():
            return SessionFilters()
        return SessionFilters(**self.cleaned_data)


class BookingForm(forms.Form):
    mobile_number = forms.CharField(
        label=_("Mobile number for a text reminder (optional)"),
        help_text=_("We will send one text 2 days before. For example: 07700 900 123."),
        required=False,
        max_length=20,
    )

    def clean_mobile_number(self) -> str:
        number = re.sub(r"[\s()-]", "", self.cleaned_data["mobile_number"])
        if number and not UK_MOBILE.match(number):
            raise ValidationError(_("Enter a UK mobile number, like 07700 900 123, or leave this empty."))
        return number


class ChangeDateForm(forms.Form):
    session = forms.ModelChoiceField(
        label=_("Choose a new date"), queryset=None, widget=forms.RadioSelect, empty_label=None
    )

    def __init__(self, *args, sessions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["session"].queryset = sessions
        self.fields["session"].label_from_instance = _session_choice_label


def _session_choice_label(session) -> str:
    start = timezone.localtime(session.starts_at)
    when = formats.date_format(start, "l j F Y") + ", " + formats.time_format(start, "H:i")
    return f"{when} – {session.venue.name}"
