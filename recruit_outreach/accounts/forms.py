"""allauth's forms with our own labels and hints, in plain words and in every UI language."""

from allauth.account import forms as allauth_forms
from allauth.mfa.base import forms as mfa_base_forms
from allauth.mfa.totp import forms as mfa_totp_forms

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import CommunicationNeed, Profile


def _plain_fields(form: forms.Form, labels: dict[str, str], help_texts: dict[str, str] | None = None) -> None:
    """Set our labels and hints; drop placeholders, which vanish as people type and confuse screen readers."""
    for name, field in form.fields.items():
        field.widget.attrs.pop("placeholder", None)
        if name in labels:
            field.label = labels[name]
        field.help_text = (help_texts or {}).get(name, "")


PASSWORD_HINT = _("Use at least 10 characters. A few words you will remember works well.")


class LoginForm(allauth_forms.LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _plain_fields(
            self, {"login": _("Email address"), "password": _("Password"), "remember": _("Keep me signed in")}
        )


class SignupForm(allauth_forms.SignupForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _plain_fields(
            self,
            {
                "email": _("Email address"),
                "password1": _("Create a password"),
                "password2": _("Type the password again"),
            },
            {"email": _("We will send you an email to check it is yours."), "password1": PASSWORD_HINT},
        )


class ResetPasswordForm(allauth_forms.ResetPasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _plain_fields(self, {"email": _("Email address")})


class ResetPasswordKeyForm(allauth_forms.ResetPasswordKeyForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _plain_fields(
            self,
            {"password1": _("New password"), "password2": _("Type the new password again")},
            {"password1": PASSWORD_HINT},
        )


class ChangePasswordForm(allauth_forms.ChangePasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _plain_fields(
            self,
            {
                "oldpassword": _("Your current password"),
                "password1": _("New password"),
                "password2": _("Type the new password again"),
            },
            {"password1": PASSWORD_HINT},
        )


class ProfileForm(forms.ModelForm):
    communication_needs = forms.MultipleChoiceField(
        label=_("Communication needs"),
        help_text=_("Tell us how we should talk to you or send you information. Choose all that apply."),
        choices=CommunicationNeed.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Profile
        fields = ["preferred_language", "borough", "communication_needs", "interpreter_language", "other_needs"]
        labels = {
            "preferred_language": _("Language for this website"),
            "borough": _("Which borough do you live in?"),
            "interpreter_language": _("Which language do you need an interpreter for?"),
            "other_needs": _("Tell us about any other needs"),
        }
        help_texts = {
            "borough": _("This helps us find support near you. You do not have to tell us."),
            "interpreter_language": _("Only if you need a spoken language interpreter."),
        }
        widgets = {"other_needs": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["borough"].choices = [("", _("I would rather not say")), *self.fields["borough"].choices[1:]]

    def clean(self):
        cleaned = super().clean()
        needs = cleaned.get("communication_needs") or []
        if CommunicationNeed.INTERPRETER in needs and not cleaned.get("interpreter_language", "").strip():
            self.add_error("interpreter_language", _("Tell us which language you need an interpreter for."))
        if CommunicationNeed.OTHER in needs and not cleaned.get("other_needs", "").strip():
            self.add_error("other_needs", _("Tell us about the other needs you have."))
        return cleaned


class MFAAuthenticateForm(mfa_base_forms.AuthenticateForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _plain_fields(self, {"code": _("Security code")})


class MFAReauthenticateForm(mfa_base_forms.ReauthenticateForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _plain_fields(self, {"code": _("Security code")})


class ActivateTOTPForm(mfa_totp_forms.ActivateTOTPForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _plain_fields(self, {"code": _("Code from your authenticator app")})


class ReauthenticateForm(allauth_forms.ReauthenticateForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _plain_fields(self, {"password": _("Password")})
