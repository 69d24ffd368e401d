"""Form fields every app shares, drawn with NHS.UK design-system markup by templates/includes/field.html."""

from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

DATE_PARTS = (("day", _("Day"), 2), ("month", _("Month"), 2), ("year", _("Year"), 4))


class NHSDateWidget(forms.MultiWidget):
    """Day, month and year in three boxes (the NHS.UK date input pattern), not a browser date picker that
    shows dates in the browser's own order."""

    def __init__(self, attrs=None):
        boxes = [forms.TextInput(attrs={"inputmode": "numeric"}) for _part in DATE_PARTS]
        super().__init__(boxes, attrs)

    def decompress(self, value):
        if isinstance(value, date):
            return [value.day, value.month, value.year]
        return [None, None, None]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        for part, (_name, label, width) in zip(context["widget"]["subwidgets"], DATE_PARTS, strict=True):
            part.update(label=label, width=width)
        return context


class NHSDateField(forms.MultiValueField):
    """A date typed as day, month and year, with errors that say which part is missing or wrong."""

    widget = NHSDateWidget

    def __init__(self, **kwargs):
        parts = [forms.CharField(required=False, max_length=width) for _name, _label, width in DATE_PARTS]
        kwargs.setdefault("required", False)
        super().__init__(fields=parts, require_all_fields=False, **kwargs)

    def clean(self, value):
        parts = [str(part or "").strip() for part in (value or [])] + ["", "", ""]
        return self.compress(parts[:3])

    def compress(self, data_list):
        day, month, year = (str(part or "").strip() for part in data_list)
        name = capfirst(self.label or _("Date"))
        if not (day or month or year):
            if self.required:
                raise ValidationError(_("Enter %(name)s") % {"name": str(name).lower()}, code="required")
            return None
        missing = [
            label for (part, label, _width), given in zip(DATE_PARTS, (day, month, year), strict=True) if not given
        ]
        if missing:
            raise ValidationError(
                _("%(name)s must include a %(part)s") % {"name": name, "part": str(missing[0]).lower()}, code="missing"
            )
        if not (day.isdigit() and month.isdigit() and year.isdigit()) or len(year) != 4:
            raise ValidationError(_("%(name)s must be a real date") % {"name": name}, code="invalid")
        try:
            return date(int(year), int(month), int(day))
        except ValueError as error:
            raise ValidationError(_("%(name)s must be a real date") % {"name": name}, code="invalid") from error
