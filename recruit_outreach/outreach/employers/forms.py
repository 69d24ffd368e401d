from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Employer, Pledge


class AdvertCheckForm(forms.Form):
    text = forms.CharField(
        label=_("Paste your job advert"),
        required=False,
        max_length=50000,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_("Include the job description and the person specification if you have them."),
    )
    file = forms.FileField(
        label=_("Or upload it"),
        required=False,
        help_text=_("A Word document (.docx), a PDF or plain text (.txt), up to 5 MB."),
    )

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("text") or "").strip() and not cleaned.get("file"):
            self.add_error("text", _("Paste your advert or upload a file."))
        return cleaned


class EmployerForm(forms.ModelForm):
    class Meta:
        model = Employer
        fields = ["sector", "borough", "size_band", "contacts"]


class PledgeProgressForm(forms.ModelForm):
    class Meta:
        model = Pledge
        fields = ["progress"]
        widgets = {"progress": forms.NumberInput(attrs={"inputmode": "numeric"})}


class PledgeForm(forms.ModelForm):
    class Meta:
        model = Pledge
        fields = ["kind", "target", "progress", "by_date"]
        widgets = {"by_date": forms.DateInput(attrs={"type": "date"})}
