"""Register forms. Each carries `save_id`, the id the phone made for this save (hidden)."""

import uuid

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from recruit_outreach.accounts import roles
from recruit_outreach.accounts.models import Borough


class _SaveForm(forms.Form):
    save_id = forms.UUIDField(widget=forms.HiddenInput)

    @staticmethod
    def new_id() -> uuid.UUID:
        return uuid.uuid4()


class MarkForm(_SaveForm):
    PRESENT, ABSENT = "attended", "did_not_attend"

    booking = forms.IntegerField(widget=forms.HiddenInput)
    mark = forms.ChoiceField(choices=[(PRESENT, _("Attended")), (ABSENT, _("Did not attend"))])
    tapped_at = forms.DateTimeField(required=False, widget=forms.HiddenInput)

    @property
    def present(self) -> bool:
        return self.cleaned_data["mark"] == self.PRESENT


class WalkInResidentForm(_SaveForm):
    resident = forms.ModelChoiceField(
        queryset=get_user_model().objects.filter(groups__name=roles.RESIDENT, is_active=True), widget=forms.HiddenInput
    )


class WalkInCountForm(_SaveForm):
    borough = forms.ChoiceField(label=_("Borough they live in"), choices=Borough.choices)
    language = forms.ChoiceField(label=_("Language they speak best"), choices=settings.LANGUAGES)


class NoteForm(_SaveForm):
    text = forms.CharField(
        label=_("Session note"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("For example: who needs a follow-up call. Do not write health details here."),
    )


class ResidentSearchForm(forms.Form):
    q = forms.CharField(
        label=_("Name or email address"),
        max_length=100,
        required=False,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
