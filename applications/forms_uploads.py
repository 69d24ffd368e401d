"""The form for uploading a CV or statement to be checked. The file itself is validated by the service."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .checks import DEFAULT_LIMITS
from .models import Upload
from .selectors import applications_for


class UploadForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What are you uploading?"),
        choices=Upload.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose if this is a CV or a supporting statement")},
    )
    file = forms.FileField(
        label=_("Your file"),
        widget=forms.FileInput(attrs={"accept": ".docx,.pdf,.txt"}),
        error_messages={
            "required": _("Choose a file to upload"),
            "missing": _("Choose a file to upload"),
            "empty": _("The file you chose is empty. Choose another file."),
            "invalid": _("Choose a file to upload"),
        },
    )
    application = forms.ModelChoiceField(
        label=_("Which job is it for? (optional)"),
        help_text=_("If you choose a job, we also check your file against what the job asks for."),
        queryset=None,
        required=False,
        empty_label=_("Not for one job"),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        limit = {"megabytes": DEFAULT_LIMITS.max_megabytes}
        self.fields["file"].help_text = _("Word, PDF or text, up to %(megabytes)s MB") % limit
        applications = applications_for(user)
        if applications.exists():
            self.fields["application"].queryset = applications
        else:
            del self.fields["application"]
