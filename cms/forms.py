from django import forms
from django.utils.translation import gettext_lazy as _

MAX_QUERY_LENGTH = 200


class SearchForm(forms.Form):
    """The search box. Django's CharField refuses NUL characters (the database cannot hold them)."""

    q = forms.CharField(
        label=_("What are you looking for?"),
        required=False,
        widget=forms.SearchInput(attrs={"autocomplete": "off"}),
    )

    def clean_q(self) -> str:
        return self.cleaned_data["q"][:MAX_QUERY_LENGTH].strip()
