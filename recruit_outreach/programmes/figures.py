"""What the dashboard shows, as words and as one flat table: the same table feeds the page's downloads.

Everything here starts from ``dashboard.IndicatorSummary``, whose values are already published under
disclosure control (``suppression.py``), so a download can never hold more than the page.
"""

import csv
import io
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Font

from django.utils.translation import gettext as _

from .dashboard import IndicatorSummary
from .models import Unit
from .suppression import Published


def with_unit(item: IndicatorSummary, shown: Published) -> str:
    """A published value as read in a sentence: a percentage sign after a rate that is shown."""
    if item.indicator.unit == Unit.RATE and shown.value is not None:
        return _("%(value)s %%") % {"value": shown.text}
    return shown.text


def change_in_words(item: IndicatorSummary) -> str:
    """One line with the numbers: "Up from 40 to 55 since Apr to Jun 2026. Target 60." (only the target
    when there is no value for the period: the dashboard's summary already says so)."""
    trend = item.trend
    if not trend or item.latest.value is None:
        line = ""
    elif len(trend) < 2 or trend[1].shown.value is None:
        line = _("%(value)s in %(period)s; no earlier value to compare.") % {
            "value": with_unit(item, item.latest),
            "period": trend[0].label,
        }
    else:
        before, now = trend[1].shown, item.latest
        words = {"before": with_unit(item, before), "now": with_unit(item, now), "since": trend[1].label}
        if now.value > before.value:
            line = _("Up from %(before)s to %(now)s since %(since)s.") % words
        elif now.value < before.value:
            line = _("Down from %(before)s to %(now)s since %(since)s.") % words
        else:
            line = _("The same as in %(since)s: %(now)s.") % words
    if item.target is not None:
        line += " " + _("Target %(target)s.") % {"target": with_unit(item, item.target)}
    return line.strip()


@dataclass(frozen=True)
class ShownRow:
    """One line of a downloaded table: the words and the published value, as on the page."""

    indicator: str
    period: str
    group: str
    value: str
    target: str


def shown_rows(summaries: list[IndicatorSummary], *, group_label: str) -> list[ShownRow]:
    """Every value the dashboard shows: each indicator's recent periods, then its split, then the split's total."""
    rows = []
    for item in summaries:
        name = item.indicator.display_name()
        target = item.target.text if item.target else ""
        rows += [ShownRow(name, point.label, group_label, point.shown.text, target) for point in item.trend]
        rows += [ShownRow(name, item.latest_label, point.label, point.shown.text, target) for point in item.groups]
        if item.groups and item.groups_total is not None:
            rows.append(ShownRow(name, item.latest_label, _("Total"), item.groups_total.text, target))
    return rows


def _headings() -> list[str]:
    return [_("Indicator"), _("Period"), _("Group"), _("Value"), _("Target")]


def _safe(text: str) -> str:
    """Text a spreadsheet would run as a formula (an indicator's name is typed by staff) starts with a quote."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _cells(row: ShownRow) -> list[str]:
    return [_safe(row.indicator), row.period, _safe(row.group), row.value, row.target]


def rows_csv(rows: list[ShownRow]) -> bytes:
    """UTF-8 with a byte order mark, so spreadsheet programs read every language's letters."""
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow(_headings())
    writer.writerows(_cells(row) for row in rows)
    return output.getvalue().encode("utf-8-sig")


def _as_number(text: str) -> str | int | float:
    """Numbers stay numbers in the spreadsheet; "*" and "–" stay as they are shown."""
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return text


def rows_xlsx(rows: list[ShownRow], *, title: str) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    sheet.append(_headings())
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for row in rows:
        indicator, period, group, value, target = _cells(row)
        sheet.append([indicator, period, group, _as_number(value), _as_number(target)])
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()
