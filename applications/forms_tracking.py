"""Step 6: the form a resident fills in to record what happened to an application, and the write behind it."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Application, Milestone

# An interview or a start date can be booked ahead; anything further out than this is a typing mistake.
MAX_DAYS_AHEAD = 365
_NEEDS_START = {Milestone.Kind.IN_POST_13, Milestone.Kind.IN_POST_26}
_DATE_PARTS = ("day", "month", "year")


class MilestoneForm(forms.Form):
    """What happened and when. The date is three boxes (day, month, year), as on NHS.UK; every date error
    is attached to `day` so the error summary links to the first box."""

    kind = forms.ChoiceField(
        label=_("What happened?"),
        choices=Milestone.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what happened")},
    )
    day = forms.CharField(label=_("Day"), required=False)
    month = forms.CharField(label=_("Month"), required=False)
    year = forms.CharField(label=_("Year"), required=False)
    feedback = forms.CharField(
        label=_("Feedback you were given (optional)"),
        help_text=_(
            "If you were not successful, write down any feedback the employer gave you. "
            "It can help with your next application."
        ),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    def __init__(self, *args, application: Application, **kwargs):
        self.application = application
        today = timezone.localdate()
        kwargs.setdefault("initial", {"day": today.day, "month": today.month, "year": today.year})
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        date = self._clean_date(cleaned)
        if date is not None:
            cleaned["date"] = date
        kind = cleaned.get("kind")
        if kind in _NEEDS_START and not self.application.milestones.filter(kind=Milestone.Kind.STARTED).exists():
            self.add_error(
                "kind",
                _("Tell us when you started the job first. Then you can tell us you are still in the job."),
            )
        return cleaned

    def _clean_date(self, cleaned) -> datetime.date | None:
        parts = {name: (cleaned.get(name) or "").strip() for name in _DATE_PARTS}
        if not any(parts.values()):
            self.add_error("day", _("Enter the date"))
            return None
        missing = [name for name in _DATE_PARTS if not parts[name]]
        if missing:
            messages = {
                "day": _("The date must include a day"),
                "month": _("The date must include a month"),
                "year": _("The date must include a year"),
            }
            self.add_error("day", messages[missing[0]])
            return None
        try:
            if len(parts["year"]) != 4 or not all(part.isdigit() and len(part) <= 4 for part in parts.values()):
                raise ValueError
            date = datetime.date(int(parts["year"]), int(parts["month"]), int(parts["day"]))
        except ValueError:
            self.add_error("day", _("The date must be a real date, like 27 3 2025"))
            return None
        if date > timezone.localdate() + datetime.timedelta(days=MAX_DAYS_AHEAD):
            self.add_error("day", _("The date must be no more than a year from today"))
            return None
        return date

    @property
    def date_parts(self) -> list[forms.BoundField]:
        return [self[name] for name in _DATE_PARTS]

    @property
    def date_errors(self) -> list[str]:
        return [error for name in _DATE_PARTS for error in self.errors.get(name, [])]
