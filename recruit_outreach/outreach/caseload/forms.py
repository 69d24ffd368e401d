from django import forms
from django.utils.translation import gettext_lazy as _

from .models import CaseNote, Referral
from .selectors import staff_choices


class CaseNoteForm(forms.ModelForm):
    class Meta:
        model = CaseNote
        fields = ["text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 4})}
        help_texts = {"text": _("The resident can ask to see what you write. Keep to facts about their job search.")}


class ReferralForm(forms.ModelForm):
    class Meta:
        model = Referral
        fields = [
            "source",
            "referrer_name",
            "referrer_organisation",
            "reason",
            "resident_name",
            "email",
            "phone",
            "language",
            "contact_agreed_on",
            "referred_on",
            "status",
            "worker",
            "outcome",
        ]
        widgets = {
            "reason": forms.Textarea(attrs={"rows": 3}),
            "outcome": forms.Textarea(attrs={"rows": 3}),
            "contact_agreed_on": forms.DateInput(attrs={"type": "date"}),
            "referred_on": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["worker"].queryset = staff_choices()

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("email") or cleaned.get("phone")):
            raise forms.ValidationError(_("Give an email address or a phone number, so we can contact the resident."))
        return cleaned


class ReferralFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Any status")), *Referral.Status.choices]
    )
