"""The staff access log as spreadsheet rows, safe to open in a spreadsheet program."""

from collections.abc import Iterable, Iterator

from django.utils import timezone
from django.utils.translation import gettext as _

from recruit_outreach.accounts.models import AccessLogEntry

# A cell starting with one of these is run as a formula by spreadsheet programs.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: str) -> str:
    """Text that a spreadsheet shows as text: a leading formula character gets an apostrophe in front."""
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def access_log_rows(entries: Iterable[AccessLogEntry]) -> Iterator[list[str]]:
    yield [_("When"), _("Staff member"), _("Staff email"), _("Resident email"), _("What they did"), _("What")]
    for entry in entries:
        staff = entry.staff
        yield [
            timezone.localtime(entry.at).strftime("%Y-%m-%d %H:%M:%S"),
            spreadsheet_safe(str(staff) if staff else ""),
            spreadsheet_safe(staff.email if staff else ""),
            spreadsheet_safe(entry.resident_email),
            str(entry.get_action_display()),
            spreadsheet_safe(entry.label),
        ]
