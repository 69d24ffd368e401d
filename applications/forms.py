"""Forms for steps 1 to 4 of the coach. Limits are labelled "check the advert": the advert decides them."""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from recruit_outreach.forms import NHSDateField

from .checks import DEFAULT_LIMITS, MAX_CHECK_CHARS, MAX_CRITERIA
from .models import Application, Criterion
from .values import NHS_VALUES


class VersionedMixin:
    """Carries the version the page was opened at, so a save from an older tab is caught. The version is
    hidden, so a bad one is reported for the whole form, where the resident can see it."""

    def full_clean(self):
        super().full_clean()
        if "version" in self._errors:
            del self._errors["version"]
            self.cleaned_data.pop("version", None)
            self._errors.setdefault(NON_FIELD_ERRORS, self.error_class(error_class="nonfield")).append(
                str(_("This page is out of date. Open it again from your applications, then make your change."))
            )


def version_field() -> forms.IntegerField:
    return forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class VersionedForm(VersionedMixin, forms.Form):
    version = version_field()


class JobStartForm(forms.Form):
    advert_text = forms.CharField(
        label=_("Paste the job advert"),
        help_text=_("Copy everything from the advert, including the person specification."),
        widget=forms.Textarea(attrs={"rows": 12}),
        required=False,
        max_length=100_000,
    )
    upload = forms.FileField(
        label=_("Or upload the job description or person specification"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".docx,.pdf,.txt"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit = {"megabytes": DEFAULT_LIMITS.max_megabytes}
        self.fields["upload"].help_text = _("Word, PDF or text file, up to %(megabytes)s MB.") % limit

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if upload and upload.size > DEFAULT_LIMITS.max_bytes:
            limit = {"megabytes": DEFAULT_LIMITS.max_megabytes}
            raise ValidationError(
                _("The file is bigger than %(megabytes)s MB. Try a smaller file, or paste the text.") % limit
            )
        return upload

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("advert_text", "").strip() and not cleaned.get("upload") and not self.errors:
            raise ValidationError(_("Paste the advert text or choose a file."))
        return cleaned


class JobDetailsForm(VersionedMixin, forms.ModelForm):
    version = version_field()
    closing_date = NHSDateField(label=_("Closing date"), help_text=_("For example, 31 3 2027"))

    class Meta:
        model = Application
        fields = ["job_title", "band", "employer", "closing_date", "box_chars", "max_words", "max_chars"]
        help_texts = {
            "box_chars": _("Check the advert. NHS Jobs allows 5,000 characters in each box."),
            "max_words": _("Check the advert. Leave empty if it does not give one."),
            "max_chars": _("Check the advert. Leave empty if it does not give one."),
        }


class CriterionForm(forms.ModelForm):
    # Radios with real labels, essential unless changed: a blank new row shows no "---------" level.
    level = forms.ChoiceField(
        label=_("Essential or desirable"),
        choices=Criterion.Level.choices,
        initial=Criterion.Level.ESSENTIAL,
        widget=forms.RadioSelect,
        required=False,
    )

    def clean_level(self) -> str:
        return self.cleaned_data.get("level") or Criterion.Level.ESSENTIAL

    def has_changed(self) -> bool:
        # A new row counts only once something is written in it: its level alone is not a criterion.
        return super().has_changed() if self.instance.pk else "text" in self.changed_data

    class Meta:
        model = Criterion
        fields = ["text", "level"]
        widgets = {"text": forms.Textarea(attrs={"rows": 2})}


class BaseCriteriaFormSet(forms.BaseInlineFormSet):
    default_error_messages = {
        **forms.BaseInlineFormSet.default_error_messages,
        "too_many_forms": _("You can have up to %(num)d criteria. Delete some, then save."),
    }


# absolute_max = max_num: a posted TOTAL_FORMS of a million builds 40 forms and says why, not a million.
CriteriaFormSet = forms.inlineformset_factory(
    Application,
    Criterion,
    form=CriterionForm,
    formset=BaseCriteriaFormSet,
    extra=2,
    can_delete=True,
    max_num=MAX_CRITERIA,
    absolute_max=MAX_CRITERIA,
    validate_max=True,
)


STAR_FIELDS = ["situation", "task", "action", "result", "learned"]
# One STAR part can be as long as a whole NHS Jobs box.
STAR_MAX_CHARS = 5000


def _limit_length(field: forms.Field, limit: int, message: str) -> None:
    """A clear error past `limit` characters, without a maxlength attribute (browsers cut pasted text silently)."""
    field.validators.append(MaxLengthValidator(limit, message=message))


# Django fills in the limit and how long the text is.
ANSWER_TOO_LONG = _("This is too long. It can be up to %(limit_value)s characters. It has %(show_value)s.")
STATEMENT_TOO_LONG = _(
    "Your statement is too long to check. It can be up to %(limit_value)s characters. It has %(show_value)s."
)


class EvidenceForm(VersionedMixin, forms.ModelForm):
    version = version_field()
    values = forms.MultipleChoiceField(
        label=_("Which NHS values does your example show?"),
        help_text=_("Tick any that fit. Then say how in your answer."),
        choices=NHS_VALUES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in STAR_FIELDS:
            _limit_length(self.fields[name], STAR_MAX_CHARS, ANSWER_TOO_LONG)

    class Meta:
        model = Criterion
        fields = [*STAR_FIELDS, "values"]
        widgets = {
            name: forms.Textarea(attrs={"rows": 3}) for name in ["situation", "task", "action", "result", "learned"]
        }
        labels = {
            "situation": _("Situation: where were you and what was happening?"),
            "task": _("Task: what did you need to do?"),
            "action": _("Action: what did you do? Say “I”, not “we”."),
            "result": _("Result: what happened because of what you did?"),
            "learned": _("What did you learn?"),
        }
        help_texts = {
            "situation": _("One or two sentences. Work, volunteering, caring or study all count."),
            "action": _("This is the most important part. Give the steps you took."),
            "result": _("Numbers help, for example how many people or how much time you saved."),
        }


class StatementForm(VersionedMixin, forms.ModelForm):
    version = version_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _limit_length(self.fields["statement"], MAX_CHECK_CHARS, STATEMENT_TOO_LONG)

    class Meta:
        model = Application
        fields = ["statement"]
        widgets = {"statement": forms.Textarea(attrs={"rows": 25})}
        help_texts = {"statement": _("Each criterion is a heading. Change anything you like: these are your words.")}


class PassageChoiceForm(forms.Form):
    """Which paragraph of a statement shows a criterion the check did not find (0: none of them)."""

    paragraph = forms.TypedChoiceField(
        label=_("Which part of your statement shows this?"),
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose the part of your statement that shows this, or choose “None of these”."),
            "invalid_choice": _("Choose the part of your statement that shows this, or choose “None of these”."),
        },
    )

    def __init__(self, *args, paragraphs: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["paragraph"].choices = [
            *((number, text) for number, text in enumerate(paragraphs, 1)),
            (0, _("None of these. I have not written about it yet.")),
        ]


class PassageForm(VersionedMixin, PassageChoiceForm):
    """The paragraph of the resident's edited statement, saved with the version the page was opened at."""

    version = version_field()
