"""Forms for sharing a draft with an outreach worker and for the worker's comments."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Comment
from .sharing import COMMENT_NEEDED, CONSENT_NEEDED, SHARE_PURPOSE


class ShareForm(forms.Form):
    email = forms.EmailField(
        label=_("Your outreach worker's email address"),
        help_text=_("Ask your outreach worker for the email address they use for this service."),
        max_length=254,
        error_messages={
            "required": _("Enter your outreach worker's email address."),
            "invalid": _("Enter an email address in the right format, like name@example.org."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    consent = forms.BooleanField(
        label=SHARE_PURPOSE,
        help_text=_("You can stop sharing at any time."),
        error_messages={"required": CONSENT_NEEDED},
    )


class CommentForm(forms.Form):
    criterion = forms.IntegerField(widget=forms.HiddenInput)
    text = forms.CharField(
        label=_("Your comment"),
        help_text=_("Say what is good and what could be clearer. Do not rewrite the answer for them."),
        max_length=Comment._meta.get_field("text").max_length,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "required": COMMENT_NEEDED,
            "max_length": _("Your comment must be %(limit_value)d characters or fewer."),
        },
    )
