from datetime import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from recruit_outreach.accounts.models import Borough

from .models import AgeBand, AppointmentRequest, EthnicGroup, HospitalSite, Outcome, SupportKind
from .nhs_number import nhs_number_clean


class AppointmentRequestForm(forms.Form):
    name = forms.CharField(label=_("Name of the person"), max_length=200)
    phone = forms.CharField(label=_("Their phone number"), max_length=30)
    email = forms.EmailField(label=_("Their email address (optional)"), required=False)
    preferred_language = forms.CharField(label=_("Language they prefer"), max_length=100, initial="English")
    communication_needs = forms.CharField(
        label=_("Communication needs (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example: Easy Read, large print, a BSL interpreter."),
    )
    nhs_number = forms.CharField(
        label=_("NHS number (optional)"),
        required=False,
        max_length=14,
        help_text=_("10 digits, for example 485 777 3456."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off", "spellcheck": "false"}),
    )
    age_band = forms.ChoiceField(label=_("Age"), choices=[("", _("Not given")), *AgeBand.choices], required=False)
    borough = forms.ChoiceField(
        label=_("Borough they live in"), choices=[("", _("Not given")), *Borough.choices], required=False
    )
    ethnic_group = forms.ChoiceField(
        label=_("Ethnic group (only if they agree to give it)"),
        choices=[("", _("Not given")), *EthnicGroup.choices],
        required=False,
        help_text=_("Kept apart from their other details and only used, without their name, to check fair access."),
    )
    site = forms.ModelChoiceField(label=_("Hospital or clinic"), queryset=HospitalSite.objects.all())
    clinic = forms.CharField(label=_("Clinic or department (optional)"), max_length=200, required=False)
    appointment_date = forms.DateField(label=_("Appointment date"), widget=forms.DateInput(attrs={"type": "date"}))
    appointment_time = forms.TimeField(label=_("Appointment time"), widget=forms.TimeInput(attrs={"type": "time"}))
    support_needed = forms.MultipleChoiceField(
        label=_("Support needed"), choices=SupportKind.choices, widget=forms.CheckboxSelectMultiple
    )
    referred_by = forms.ChoiceField(
        label=_("Who referred them"), choices=AppointmentRequest.Referrer.choices, widget=forms.RadioSelect
    )
    reason = forms.ChoiceField(label=_("Main reason for support"), choices=AppointmentRequest.Reason.choices)
    consent = forms.BooleanField(
        label=_(
            "They agree that the volunteer coordinator and their volunteer keep these details to help them get "
            "to their appointment."
        ),
        error_messages={"required": _("We can only help with the person's agreement.")},
    )

    def clean_nhs_number(self) -> str:
        value = self.cleaned_data["nhs_number"]
        return nhs_number_clean(value) if value.strip() else ""

    def clean(self):
        cleaned = super().clean()
        day, time = cleaned.get("appointment_date"), cleaned.get("appointment_time")
        if day and time:
            cleaned["appointment_at"] = timezone.make_aware(datetime.combine(day, time))
            if cleaned["appointment_at"] < timezone.now():
                self.add_error("appointment_date", _("The appointment must be in the future."))
        return cleaned

    def person(self) -> dict:
        fields = ("name", "phone", "email", "preferred_language", "communication_needs", "nhs_number")
        person = {name: self.cleaned_data[name] for name in fields}
        person.update({name: self.cleaned_data[name] for name in ("age_band", "borough")})
        return person


class OutcomeForm(forms.Form):
    result = forms.ChoiceField(label=_("What happened?"), choices=Outcome.Result.choices, widget=forms.RadioSelect)
    missed_reason = forms.ChoiceField(
        label=_("If they did not go, why?"),
        choices=Outcome.MissedReason.choices,
        widget=forms.RadioSelect,
        required=False,
    )
    hours = forms.DecimalField(
        label=_("Hours you gave"),
        min_value=0,
        max_value=24,
        decimal_places=1,
        help_text=_("Include travel. For example: 2.5"),
        widget=forms.TextInput(attrs={"inputmode": "decimal", "class": "nhsuk-input--width-4"}),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("result") == Outcome.Result.DID_NOT_ATTEND and not cleaned.get("missed_reason"):
            self.add_error("missed_reason", _("Choose why they did not go."))
        return cleaned


class ReadmissionForm(forms.Form):
    readmitted = forms.ChoiceField(
        label=_("Were they readmitted to hospital within 28 days?"),
        choices=[("yes", _("Yes")), ("no", _("No")), ("unknown", _("The hospital has not told us"))],
        widget=forms.RadioSelect,
    )

    def value(self) -> bool | None:
        return {"yes": True, "no": False}.get(self.cleaned_data["readmitted"])
