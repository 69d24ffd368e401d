"""NHS numbers: 10 digits, the last a modulus-11 check digit (python-stdnum's ``gb.nhs``)."""

from stdnum import exceptions as stdnum_errors
from stdnum.gb import nhs

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def nhs_number_clean(value: str) -> str:
    """The NHS number as 10 digits, or ``ValidationError`` saying in plain words what is wrong."""
    try:
        return nhs.validate(value)
    except stdnum_errors.InvalidLength as error:
        raise ValidationError(_("An NHS number has 10 digits."), code="length") from error
    except stdnum_errors.InvalidFormat as error:
        raise ValidationError(_("An NHS number has only numbers."), code="format") from error
    except stdnum_errors.ValidationError as error:
        raise ValidationError(
            _("This is not a real NHS number. Check each digit against their NHS letter or the NHS App."),
            code="checksum",
        ) from error


def nhs_number_display(value: str) -> str:
    """Shown as 3-3-4 digits, as on NHS letters."""
    return nhs.format(value) if value else ""
